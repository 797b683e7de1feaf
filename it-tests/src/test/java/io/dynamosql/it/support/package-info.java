/**
 * What every integration test stands on: the DynamoDB Local the deployed EAR reads ({@link
 * io.dynamosql.it.support.DemoDynamoDb}, started for the whole test JVM by {@link
 * io.dynamosql.it.support.DynamoDbForTheRun}, stoppable for outage tests), the real EAR as built by
 * the reactor ({@link io.dynamosql.it.support.RealEar}), the base class of black-box HTTP tests
 * ({@link io.dynamosql.it.support.DeployedProductTest}), an HTTP client for the deployment ({@link
 * io.dynamosql.it.support.ProductHttp}), bearer tokens the deployment accepts ({@link
 * io.dynamosql.it.support.TestTokens}), and for tests that run commands as a user would: a fresh
 * copy of the sources ({@link io.dynamosql.it.support.NewcomerCheckout}) and what a program prints
 * ({@link io.dynamosql.it.support.ConsoleTranscript}).
 *
 * <p>The server itself (Payara Server, or WildFly with {@code -Pwildfly}) is started once per test
 * JVM by Arquillian's managed container; its ports, the DynamoDB Local port and the EAR's path come
 * from system properties set by the it-tests pom.
 */
package io.dynamosql.it.support;
