-- GROUPING SETS, ROLLUP, CUBE and GROUPING(): one grouping per set, the other keys NULL.

SELECT status, channel, COUNT(*) AS n FROM orders GROUP BY ROLLUP (status, channel);
SELECT status, channel, SUM(total) AS spent, GROUPING(status) AS gs, GROUPING(channel) AS gc FROM orders GROUP BY CUBE (status, channel);
SELECT status, channel, COUNT(*) AS n FROM orders GROUP BY GROUPING SETS ((status), (channel), ());
SELECT status, channel, MAX(total) AS top FROM orders GROUP BY GROUPING SETS ((status, channel), (status), ());
SELECT tier, COUNT(*) AS n FROM customers GROUP BY ROLLUP (tier) HAVING COUNT(*) > 5;
SELECT tier, status, COUNT(*) AS n, GROUPING(tier, status) AS g FROM customers GROUP BY ROLLUP (tier, status) ORDER BY g, tier, status;
SELECT customer_id, status, COUNT(*) AS n FROM orders WHERE customer_id IN ('c001', 'c002') GROUP BY customer_id, ROLLUP (status);
SELECT CASE WHEN GROUPING(category) = 1 THEN 'all' ELSE category END AS category, SUM(stock) AS stock FROM products GROUP BY ROLLUP (category);
SELECT status, COUNT(*) AS n, SUM(total) AS spent FROM orders WHERE total > 100000 GROUP BY ROLLUP (status);
SELECT status, channel, COUNT(*) AS n FROM orders GROUP BY ROLLUP (status, channel) HAVING status = 'pending';
SELECT * FROM (SELECT status, COUNT(*) AS n FROM orders GROUP BY ROLLUP (status)) t WHERE status IS NULL;
SELECT SUBSTRING(created_at, 1, 4) AS y, channel, COUNT(*) AS n FROM orders GROUP BY CUBE (SUBSTRING(created_at, 1, 4), channel);
SELECT status, COUNT(DISTINCT customer_id) AS customers, AVG(total) AS average FROM orders GROUP BY GROUPING SETS ((status), ());
SELECT COUNT(*) AS n FROM orders GROUP BY GROUPING SETS (());
SELECT CASE WHEN GROUPING(status) = 1 THEN 'all' ELSE status END AS status, channel, COUNT(*) AS orders, SUM(total) AS spent FROM orders GROUP BY ROLLUP (status, channel) ORDER BY GROUPING(status), status, channel;
