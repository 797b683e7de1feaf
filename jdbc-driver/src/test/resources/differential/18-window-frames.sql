-- Window frames: ROWS BETWEEN any bounds, RANGE with UNBOUNDED / CURRENT ROW (peers), empty frames,
-- frames at partition edges; FIRST_VALUE, LAST_VALUE, NTH_VALUE over the frame.

SELECT order_id, total, SUM(total) OVER (ORDER BY order_id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving FROM orders;
SELECT order_id, customer_id, AVG(total) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS smooth FROM orders;
SELECT order_id, COUNT(*) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS remaining FROM orders;
SELECT sku, category, MIN(price) OVER (PARTITION BY category ORDER BY sku ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS cheapest FROM products;
SELECT order_id, MAX(total) OVER (ORDER BY order_id ROWS 3 PRECEDING) AS recent_max FROM orders;
SELECT order_id, SUM(total) OVER (ORDER BY order_id ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) AS before FROM orders;
SELECT order_id, COUNT(total) OVER (ORDER BY order_id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) AS after FROM orders;
SELECT order_id, SUM(total) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN 2 FOLLOWING AND UNBOUNDED FOLLOWING) AS later FROM orders;
SELECT order_id, MIN(total) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS lowest_before FROM orders;
-- A frame that ends before it starts holds no row: COUNT is 0 (DuckDB 1.4.3 answers -1 on some rows).
-- duckdb: SELECT order_id, 0 AS inverted FROM orders;
SELECT order_id, COUNT(*) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN 5 PRECEDING AND 7 PRECEDING) AS inverted FROM orders;
SELECT order_id, SUM(total) OVER (ORDER BY order_id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS itself FROM orders;
SELECT order_id, SUM(total) OVER (ORDER BY order_id ROWS BETWEEN 1000000 PRECEDING AND CURRENT ROW) AS running FROM orders;
SELECT order_id, status, SUM(total) OVER (ORDER BY status RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS by_status FROM orders;
SELECT customer_id, tier, COUNT(*) OVER (ORDER BY tier RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS from_here FROM customers;
SELECT customer_id, tier, COUNT(*) OVER (ORDER BY tier RANGE BETWEEN CURRENT ROW AND CURRENT ROW) AS peers FROM customers;
SELECT order_id, channel, SUM(total) OVER (PARTITION BY channel ORDER BY status RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS channel_total FROM orders;
SELECT order_id, channel, SUM(total) OVER (PARTITION BY channel ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS channel_total FROM orders;
SELECT order_id, customer_id, FIRST_VALUE(order_id) OVER (PARTITION BY customer_id ORDER BY total DESC, order_id) AS biggest FROM orders;
SELECT order_id, customer_id, LAST_VALUE(order_id) OVER (PARTITION BY customer_id ORDER BY order_id) AS so_far FROM orders;
SELECT order_id, customer_id, LAST_VALUE(order_id) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS latest FROM orders;
SELECT order_id, customer_id, NTH_VALUE(order_id, 2) OVER (PARTITION BY customer_id ORDER BY order_id) AS second FROM orders;
SELECT sku, category, NTH_VALUE(sku, 3) OVER (PARTITION BY category ORDER BY price DESC, sku ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS third_priciest FROM products;
SELECT order_id, FIRST_VALUE(total) OVER (ORDER BY order_id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_total FROM orders;
SELECT order_id, LAST_VALUE(total) OVER (ORDER BY order_id ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) AS previous_total FROM orders;
SELECT customer_id, tier, age, FIRST_VALUE(age) OVER (PARTITION BY tier ORDER BY age DESC) AS oldest, LAST_VALUE(age) OVER (PARTITION BY tier ORDER BY age RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS last_age FROM customers;
SELECT customer_id, SUM(SUM(total)) OVER (ORDER BY customer_id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair FROM orders GROUP BY customer_id;
SELECT order_id, SUM(total) OVER (ORDER BY order_id ROWS 1 PRECEDING) AS two, SUM(total) OVER (ORDER BY order_id) AS running, COUNT(*) OVER (ORDER BY order_id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS three FROM orders ORDER BY order_id;
SELECT * FROM (SELECT order_id, customer_id, AVG(total) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair_avg FROM orders) t WHERE pair_avg > 1000;
SELECT sku, stock, SUM(stock) OVER (ORDER BY sku ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS nearby FROM products ORDER BY sku;
SELECT order_id, total, AVG(total) OVER (PARTITION BY customer_id ORDER BY order_id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving_avg, FIRST_VALUE(order_id) OVER (PARTITION BY customer_id ORDER BY total DESC, order_id) AS biggest FROM orders WHERE customer_id = 'c001';
-- LAG / LEAD: the row n before / after in the partition (frames do not apply), else the default.
SELECT order_id, customer_id, LAG(total) OVER (PARTITION BY customer_id ORDER BY order_id) AS previous FROM orders;
SELECT order_id, LEAD(order_id, 2) OVER (ORDER BY order_id) AS two_later FROM orders;
SELECT order_id, customer_id, LAG(total, 1, 0) OVER (PARTITION BY customer_id ORDER BY order_id) AS previous_or_zero, LEAD(status, 1, 'none') OVER (PARTITION BY customer_id ORDER BY order_id) AS next_status FROM orders;
SELECT order_id, total - LAG(total) OVER (PARTITION BY customer_id ORDER BY order_id) AS change FROM orders WHERE customer_id = 'c004';
SELECT order_id, LAG(order_id, 0) OVER (ORDER BY order_id) AS itself FROM orders;
SELECT customer_id, LEAD(customer_id) OVER (ORDER BY customer_id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS next_customer FROM customers;
-- NTILE, PERCENT_RANK, CUME_DIST.
SELECT order_id, NTILE(4) OVER (ORDER BY order_id) AS quartile FROM orders;
SELECT order_id, customer_id, NTILE(3) OVER (PARTITION BY customer_id ORDER BY order_id) AS third FROM orders;
SELECT customer_id, NTILE(1000) OVER (ORDER BY customer_id) AS tile FROM customers;
SELECT sku, category, price, PERCENT_RANK() OVER (PARTITION BY category ORDER BY price) AS pr, CUME_DIST() OVER (PARTITION BY category ORDER BY price) AS cd FROM products;
SELECT customer_id, tier, CUME_DIST() OVER (ORDER BY tier) AS cd, PERCENT_RANK() OVER (ORDER BY tier) AS pr FROM customers;
