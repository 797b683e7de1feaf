-- Joins: INNER, LEFT, RIGHT, FULL, CROSS, comma, self; equi-joins (hash / lookup) and non-equi joins (nested loop).

SELECT c.customer_id, c.name, o.order_id, o.total FROM customers c JOIN orders o ON o.customer_id = c.customer_id;
SELECT c.customer_id, o.order_id FROM customers c INNER JOIN orders o ON c.customer_id = o.customer_id WHERE c.tier = 'gold';
SELECT c.customer_id, o.order_id FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id;
SELECT c.customer_id FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id WHERE o.order_id IS NULL;
SELECT c.customer_id, o.order_id FROM customers c LEFT OUTER JOIN orders o ON o.customer_id = c.customer_id AND o.status = 'pending';
SELECT o.order_id, c.name FROM orders o RIGHT JOIN customers c ON c.customer_id = o.customer_id;
SELECT o.order_id, c.customer_id FROM orders o RIGHT OUTER JOIN customers c ON c.customer_id = o.customer_id AND o.total > 3000;
SELECT c.customer_id, o.order_id FROM customers c FULL JOIN orders o ON o.customer_id = c.customer_id AND c.tier = 'gold';
SELECT c.customer_id, o.order_id FROM customers c FULL OUTER JOIN orders o ON o.customer_id = c.customer_id AND o.channel = 'store' AND c.status = 'active';
SELECT p.sku, c.category FROM products p CROSS JOIN (SELECT DISTINCT category FROM products) c WHERE p.sku = 'p001';
SELECT c.customer_id, p.sku FROM customers c CROSS JOIN products p WHERE c.customer_id IN ('c001', 'c002') AND p.category = 'toys';
SELECT c.customer_id, o.order_id FROM customers c, orders o WHERE c.customer_id = o.customer_id AND o.total > 2500;
SELECT c.tier, COUNT(*) FROM customers c, orders o WHERE c.customer_id = o.customer_id GROUP BY c.tier;
SELECT a.customer_id, b.customer_id FROM customers a JOIN customers b ON a.name = b.name AND a.customer_id < b.customer_id;
SELECT a.order_id, b.order_id FROM orders a JOIN orders b ON a.customer_id = b.customer_id AND a.order_id < b.order_id WHERE a.customer_id = 'c001';
SELECT c.customer_id, o.order_id FROM customers c JOIN orders o ON o.customer_id = c.customer_id WHERE c.customer_id = 'c004';
SELECT o.order_id, c.name, c.tier FROM orders o JOIN customers c ON c.customer_id = o.customer_id WHERE o.total > 3000;
SELECT o.order_id, c.email FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id WHERE o.channel = 'store';
SELECT o.order_id, p.sku, p.price FROM orders o JOIN products p ON p.price * 10 > o.total WHERE o.customer_id = 'c001';
SELECT c.customer_id, o.order_id FROM customers c JOIN orders o ON o.customer_id = c.customer_id AND o.date > c.date WHERE c.customer_id < 'c010';
SELECT c.customer_id, COUNT(o.order_id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id;
SELECT c.customer_id, SUM(o.total) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id GROUP BY c.customer_id HAVING SUM(o.total) IS NULL;
SELECT c.name, o.order_id, a.sk FROM customers c JOIN orders o ON o.customer_id = c.customer_id JOIN app_data a ON a.pk = 'ORDER#' || o.order_id WHERE c.customer_id = 'c001';
SELECT p.pk, p.name, i.sku FROM app_data p JOIN app_data o ON o.pk = p.pk AND o.entity = 'order' JOIN app_data i ON i.pk = o.sk AND i.entity = 'item' WHERE p.entity = 'customer' AND p.pk = 'CUSTOMER#c002';
-- DynamoDB list indexes are 0-based, DuckDB's 1-based.
-- duckdb: SELECT o.customer_id, o.order_id, p.category FROM orders o JOIN products p ON p.sku = o.items[1].sku WHERE o.customer_id = 'c006';
SELECT o.customer_id, o.order_id, p.category FROM orders o JOIN products p ON p.sku = o.items[0].sku WHERE o.customer_id = 'c006';
SELECT a.pk, a.sku, p.name FROM app_data a JOIN products p ON p.sku = a.sku WHERE a.entity = 'item';
SELECT c.customer_id, c.status, a.status FROM customers c JOIN app_data a ON a.pk = 'CUSTOMER#' || c.customer_id AND a.sk = 'PROFILE';
SELECT c.customer_id, o.order_id FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id WHERE c.customer_id IN ('c005', 'c010', 'c011');
SELECT o.order_id FROM orders o JOIN customers c ON c.customer_id = o.customer_id AND c.verified;
SELECT x.customer_id, y.order_id FROM (SELECT customer_id FROM customers WHERE tier = 'gold') x JOIN (SELECT customer_id, order_id FROM orders WHERE status = 'delivered') y ON x.customer_id = y.customer_id;
