-- Subqueries: scalar, IN, NOT IN, EXISTS, NOT EXISTS, correlated, derived tables, ANY/ALL.

SELECT sku, price FROM products WHERE price > (SELECT AVG(price) FROM products);
SELECT customer_id, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.customer_id) AS orders FROM customers c;
SELECT customer_id, (SELECT MAX(total) FROM orders o WHERE o.customer_id = c.customer_id) AS biggest FROM customers c;
SELECT customer_id FROM customers WHERE customer_id IN (SELECT customer_id FROM orders WHERE total > 3000);
SELECT customer_id FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders);
SELECT customer_id FROM customers WHERE age NOT IN (SELECT age FROM customers WHERE tier = 'gold');
SELECT customer_id FROM customers WHERE age NOT IN (SELECT age FROM customers WHERE tier = 'gold' AND age IS NOT NULL);
SELECT customer_id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'cancelled');
SELECT customer_id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id);
SELECT order_id FROM orders o WHERE total > (SELECT AVG(total) FROM orders i WHERE i.customer_id = o.customer_id);
SELECT order_id FROM orders o WHERE total = (SELECT MAX(total) FROM orders i WHERE i.customer_id = o.customer_id);
SELECT sku FROM products WHERE price > ALL (SELECT price FROM products WHERE category = 'books');
SELECT sku FROM products WHERE price < ANY (SELECT price FROM products WHERE category = 'toys' AND stock = 0);
SELECT sku FROM products WHERE category = ANY (SELECT category FROM products WHERE price > 450);
SELECT sku FROM products WHERE price >= ALL (SELECT price FROM products);
SELECT sku FROM products WHERE price > ALL (SELECT price FROM products WHERE category = 'none');
SELECT customer_id FROM customers WHERE age > ALL (SELECT age FROM customers WHERE tier = 'gold');
SELECT t.status, t.n FROM (SELECT status, COUNT(*) AS n FROM orders GROUP BY status) t WHERE t.n > 50;
SELECT COUNT(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING COUNT(*) > 5) big;
SELECT AVG(n) FROM (SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id) per_customer;
SELECT customer_id, name FROM customers WHERE customer_id = (SELECT customer_id FROM orders ORDER BY total DESC, order_id LIMIT 1);
SELECT sku FROM products WHERE sku IN (SELECT sku FROM app_data WHERE entity = 'item' AND qty >= 5);
SELECT c.customer_id FROM customers c WHERE (SELECT SUM(total) FROM orders o WHERE o.customer_id = c.customer_id) > 8000;
SELECT sku FROM products p WHERE stock < (SELECT AVG(stock) FROM products q WHERE q.category = p.category);
SELECT customer_id FROM customers WHERE EXISTS (SELECT 1 FROM products WHERE price > 10000);
SELECT customer_id, (SELECT name FROM products WHERE sku = 'p001') AS featured FROM customers WHERE tier = 'gold';
SELECT * FROM (SELECT sku, price FROM products WHERE category = 'garden') g WHERE g.price < 250;
