-- VALUES lists in FROM and as CTE bodies; column lists on derived tables and CTEs.

SELECT * FROM (VALUES (1, 'a'), (2, 'b'), (3, NULL)) AS v(n, s);
SELECT n * 10 AS tens FROM (VALUES (1), (2), (3)) AS v(n) WHERE n > 1 ORDER BY tens DESC;
SELECT col0, col1 FROM (VALUES ('x', 1), ('y', 2)) v;
SELECT * FROM (VALUES (1, 2)) AS v(a);
SELECT * FROM (VALUES (1.5), (2), (NULL)) AS v(x);
SELECT o.order_id, w.weight FROM orders o JOIN (VALUES ('c001', 2), ('c002', 3)) AS w(customer_id, weight) ON w.customer_id = o.customer_id;
SELECT c.customer_id, t.label FROM customers c JOIN (VALUES ('gold', 'top'), ('silver', 'middle')) AS t(tier, label) USING (tier);
WITH tiers(tier, rank_order) AS (VALUES ('gold', 1), ('silver', 2), ('bronze', 3)) SELECT t.tier, t.rank_order, COUNT(c.customer_id) AS customers FROM tiers t LEFT JOIN customers c ON c.tier = t.tier GROUP BY t.tier, t.rank_order ORDER BY t.rank_order;
WITH v AS (VALUES (1, 'one'), (2, 'two')) SELECT col1 FROM v WHERE col0 = 2;
WITH spend(customer, spent) AS (SELECT customer_id, SUM(total) FROM orders GROUP BY customer_id) SELECT customer, spent FROM spend WHERE spent > 5000;
SELECT t.a, t.b FROM (SELECT customer_id, tier FROM customers WHERE tier = 'gold') AS t(a, b);
SELECT customer_id FROM customers WHERE customer_id IN (SELECT id FROM (VALUES ('c001'), ('c003'), ('nobody')) AS k(id));
SELECT SUM(n) AS total, COUNT(*) AS rows_count FROM (VALUES (1), (2), (NULL)) AS v(n);
SELECT x FROM (VALUES (1), (2)) AS a(x) UNION ALL SELECT y FROM (VALUES (3)) AS b(y);
SELECT v.n, UPPER(v.s) FROM (VALUES (1, 'abc'), (2, LOWER('DEF'))) AS v(n, s);
VALUES (1, 'a'), (2, 'b');
WITH tiers(tier, position) AS (VALUES ('gold', 1), ('silver', 2), ('bronze', 3)) SELECT t.tier, COUNT(c.customer_id) AS customers FROM tiers t LEFT JOIN customers c USING (tier) GROUP BY t.tier, t.position ORDER BY t.position;
