-- Window functions: ROW_NUMBER, RANK, DENSE_RANK, aggregates OVER with PARTITION BY / ORDER BY.

SELECT order_id, customer_id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_id) AS n FROM orders;
SELECT order_id, ROW_NUMBER() OVER (ORDER BY total DESC, order_id) AS position FROM orders;
SELECT sku, category, price, RANK() OVER (PARTITION BY category ORDER BY price DESC) AS price_rank FROM products;
SELECT customer_id, tier, DENSE_RANK() OVER (ORDER BY tier) AS tier_rank FROM customers;
SELECT customer_id, age, RANK() OVER (ORDER BY age NULLS LAST) AS r, DENSE_RANK() OVER (ORDER BY age NULLS LAST) AS d FROM customers;
SELECT order_id, customer_id, total, SUM(total) OVER (PARTITION BY customer_id) AS customer_total FROM orders;
SELECT order_id, customer_id, total, SUM(total) OVER (PARTITION BY customer_id ORDER BY order_id) AS running FROM orders;
SELECT order_id, COUNT(*) OVER (PARTITION BY status) AS same_status, MAX(total) OVER (PARTITION BY status) AS status_max FROM orders;
SELECT order_id, AVG(total) OVER (PARTITION BY channel) AS channel_avg FROM orders;
SELECT sku, MIN(price) OVER (PARTITION BY category) AS cheapest, price - MIN(price) OVER (PARTITION BY category) AS premium FROM products;
SELECT customer_id, COUNT(*) OVER () AS everyone FROM customers WHERE tier = 'gold';
SELECT * FROM (SELECT order_id, customer_id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY total DESC, order_id) AS n FROM orders) t WHERE n = 1;
SELECT customer_id, n, RANK() OVER (ORDER BY n DESC) AS r FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id) t;
SELECT order_id, created_at, COUNT(*) OVER (ORDER BY created_at) AS so_far FROM orders WHERE customer_id = 'c001';
SELECT sku, stock, SUM(stock) OVER (ORDER BY sku) AS cumulative FROM products ORDER BY sku;
SELECT order_id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC, order_id) AS recency FROM orders WHERE customer_id IN ('c001', 'c002') ORDER BY order_id;
