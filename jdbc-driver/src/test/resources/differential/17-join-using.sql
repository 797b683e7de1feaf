-- JOIN ... USING (...) and NATURAL [LEFT|RIGHT|FULL] JOIN: each USING column once, unqualified.
-- SELECT * puts the USING columns first (the SQL standard, PostgreSQL); DuckDB keeps them where the
-- left side has them, so statements whose left side does not start with them spell DuckDB's order.

SELECT c.name, o.order_id FROM customers c JOIN orders o USING (customer_id);
SELECT customer_id, c.tier, o.order_id FROM customers c INNER JOIN orders o USING (customer_id) WHERE c.tier = 'gold';
SELECT customer_id, o.order_id FROM customers c LEFT JOIN orders o USING (customer_id);
SELECT customer_id FROM customers c LEFT OUTER JOIN orders o USING (customer_id) WHERE o.order_id IS NULL;
SELECT customer_id, COUNT(o.order_id) AS orders FROM customers c LEFT JOIN orders o USING (customer_id) GROUP BY customer_id;
SELECT customer_id, c.tier, o.order_id FROM (SELECT customer_id, tier FROM customers WHERE tier = 'gold') c RIGHT JOIN orders o USING (customer_id);
SELECT customer_id, c.n, o.m FROM (SELECT customer_id, 1 AS n FROM customers WHERE tier = 'gold') c FULL JOIN (SELECT customer_id, COUNT(*) AS m FROM orders WHERE total > 2000 GROUP BY customer_id) o USING (customer_id);
SELECT customer_id, c.customer_id AS left_id, o.customer_id AS right_id FROM (SELECT customer_id FROM customers WHERE tier = 'gold') c FULL OUTER JOIN (SELECT DISTINCT customer_id FROM orders WHERE channel = 'store') o USING (customer_id);
SELECT * FROM (SELECT customer_id, name FROM customers) c JOIN (SELECT customer_id, order_id, total FROM orders) o USING (customer_id);
SELECT * FROM (SELECT customer_id, tier FROM customers WHERE tier = 'gold') c LEFT JOIN (SELECT customer_id, order_id FROM orders WHERE total > 2500) o USING (customer_id);
-- duckdb: SELECT customer_id, name, order_id FROM (SELECT name, customer_id FROM customers WHERE tier = 'gold') c JOIN (SELECT order_id, customer_id FROM orders) o USING (customer_id);
SELECT * FROM (SELECT name, customer_id FROM customers WHERE tier = 'gold') c JOIN (SELECT order_id, customer_id FROM orders) o USING (customer_id);
SELECT customer_id, status, a.order_id, b.order_id FROM orders a JOIN orders b USING (customer_id, status) WHERE a.order_id < b.order_id;
SELECT customer_id, o.order_id, o.total FROM customers c JOIN orders o USING (customer_id) WHERE customer_id = 'c004';
SELECT customer_id, o.order_id FROM customers c JOIN orders o USING (customer_id) WHERE customer_id IN ('c001', 'c002') ORDER BY customer_id, o.order_id;
SELECT customer_id, COUNT(*) AS n FROM orders a JOIN (SELECT customer_id FROM customers WHERE tier = 'silver') s USING (customer_id) GROUP BY customer_id ORDER BY n DESC, customer_id;
SELECT c.* FROM (SELECT customer_id, name FROM customers) c JOIN (SELECT customer_id FROM orders WHERE total > 3000) o USING (customer_id);
SELECT o.customer_id, o.order_id FROM customers c JOIN orders o USING (customer_id) WHERE c.age > 40;
SELECT customer_id, o.order_id, x.n FROM customers c JOIN orders o USING (customer_id) JOIN (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id) x USING (customer_id) WHERE c.tier = 'gold';
SELECT UPPER(customer_id) AS id, LENGTH(name) FROM customers c JOIN (SELECT DISTINCT customer_id FROM orders) o USING (customer_id);
SELECT * FROM (SELECT customer_id, status FROM customers) c NATURAL JOIN (SELECT customer_id, status, order_id FROM orders) o;
SELECT customer_id, tier, order_id FROM (SELECT customer_id, tier FROM customers) c NATURAL LEFT JOIN (SELECT customer_id, order_id FROM orders WHERE total > 3000) o;
SELECT customer_id, tier, order_id FROM (SELECT customer_id, tier FROM customers WHERE tier = 'gold') c NATURAL RIGHT JOIN (SELECT customer_id, order_id FROM orders WHERE channel = 'store') o;
SELECT * FROM (SELECT customer_id, tier FROM customers WHERE tier = 'gold') c NATURAL FULL JOIN (SELECT customer_id, channel FROM orders WHERE channel = 'store') o;
SELECT category, COUNT(*) AS products, MAX(n) AS most FROM products NATURAL JOIN (SELECT category, COUNT(*) AS n FROM products GROUP BY category) counts GROUP BY category;
SELECT customer_id, c.name, COUNT(o.order_id) AS orders FROM customers c LEFT JOIN orders o USING (customer_id) GROUP BY customer_id, c.name;
