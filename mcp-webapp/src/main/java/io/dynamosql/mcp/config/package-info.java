/** The server's typed configuration, read from MicroProfile Config (environment variables win). */
package io.dynamosql.mcp.config;
