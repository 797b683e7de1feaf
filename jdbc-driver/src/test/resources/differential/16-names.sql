-- Names: qualified, quoted, case-insensitive, reserved words, aliases.

SELECT customers.customer_id FROM customers WHERE customers.tier = 'gold';
SELECT dynamodb.customers.customer_id FROM dynamodb.customers WHERE dynamodb.customers.tier = 'gold';
SELECT "customer_id", "name" FROM "customers" WHERE "status" = 'active';
SELECT Customer_Id, NAME FROM Customers WHERE Status = 'active';
SELECT c."phone-number" AS phone FROM customers AS c WHERE c."phone-number" IS NOT NULL;
SELECT p."weight.kg" * 1000 AS grams FROM products p;
SELECT "date", "status", "name" FROM customers;
SELECT o.status AS s, COUNT(*) AS "count" FROM orders o GROUP BY o.status;
SELECT x.sku FROM (SELECT sku FROM products) AS x;
SELECT c.customer_id FROM customers c WHERE c.customer_id IN (SELECT o.customer_id FROM orders AS o WHERE o.status = 'cancelled');
