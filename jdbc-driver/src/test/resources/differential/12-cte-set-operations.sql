-- Common table expressions and set operations (UNION [ALL], INTERSECT, EXCEPT, parenthesised).

WITH gold AS (SELECT customer_id FROM customers WHERE tier = 'gold') SELECT o.order_id FROM orders o JOIN gold g ON g.customer_id = o.customer_id;
WITH spend AS (SELECT customer_id, SUM(total) AS spent FROM orders GROUP BY customer_id) SELECT customer_id, spent FROM spend WHERE spent > 6000;
WITH a AS (SELECT sku, price FROM products WHERE category = 'books'), b AS (SELECT sku FROM a WHERE price > 200) SELECT * FROM b;
WITH counts AS (SELECT status, COUNT(*) AS n FROM orders GROUP BY status) SELECT status FROM counts WHERE n = (SELECT MAX(n) FROM counts);
WITH c AS (SELECT customer_id, tier FROM customers) SELECT c1.customer_id, c2.customer_id FROM c c1 JOIN c c2 ON c1.tier = c2.tier AND c1.customer_id < c2.customer_id WHERE c1.customer_id < 'c006';
WITH recent AS (SELECT * FROM orders WHERE created_at >= '2025-11-01') SELECT channel, COUNT(*) FROM recent GROUP BY channel;
SELECT customer_id FROM customers WHERE tier = 'gold' UNION SELECT customer_id FROM orders WHERE total > 3000;
SELECT customer_id FROM customers WHERE tier = 'gold' UNION ALL SELECT customer_id FROM orders WHERE total > 3000;
SELECT customer_id FROM customers WHERE tier = 'gold' INTERSECT SELECT customer_id FROM orders WHERE total > 2000;
SELECT customer_id FROM customers EXCEPT SELECT customer_id FROM orders;
SELECT status FROM customers UNION SELECT status FROM orders;
SELECT status FROM customers UNION ALL SELECT status FROM orders;
SELECT customer_id, 'customer' AS kind FROM customers WHERE customer_id < 'c004' UNION ALL SELECT order_id, 'order' FROM orders WHERE customer_id = 'c001' ORDER BY 1;
(SELECT sku FROM products WHERE category = 'toys') UNION (SELECT sku FROM products WHERE price < 30);
(SELECT sku FROM products WHERE category = 'toys' EXCEPT SELECT sku FROM products WHERE stock = 0) UNION SELECT 'p999';
SELECT sku FROM products WHERE category = 'books' UNION SELECT sku FROM products WHERE category = 'toys' EXCEPT SELECT sku FROM products WHERE price > 200;
SELECT tier FROM customers INTERSECT SELECT tier FROM customers WHERE status = 'suspended';
SELECT age FROM customers WHERE tier = 'gold' UNION SELECT age FROM customers WHERE tier = 'silver';
SELECT customer_id, total FROM orders WHERE customer_id = 'c001' UNION ALL SELECT customer_id, NULL FROM customers WHERE customer_id = 'c002' ORDER BY 1, 2 NULLS FIRST;
WITH u AS (SELECT customer_id FROM orders WHERE channel = 'web' UNION SELECT customer_id FROM orders WHERE channel = 'store') SELECT COUNT(*) FROM u;
