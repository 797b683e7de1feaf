-- Projection: columns, expressions, aliases, *, literals, quoted names.

SELECT customer_id, name, email FROM customers;
SELECT * FROM products;
SELECT * FROM orders WHERE customer_id = 'c003';
SELECT o.* FROM orders o WHERE o.customer_id = 'c007';
SELECT customer_id AS id, name AS "Full Name" FROM customers;
SELECT sku, price, stock, price * stock AS stock_value FROM products;
SELECT 1 AS one, 'x' AS letter, TRUE AS yes, NULL AS nothing FROM products WHERE sku = 'p001';
SELECT customer_id, "phone-number", "loyalty.points" FROM customers;
SELECT sku, "release-date", "weight.kg" FROM products;
SELECT CUSTOMER_ID, Name, TIER FROM CUSTOMERS;
SELECT c.customer_id, c.status, c.date FROM customers c;
SELECT order_id, total, discount, total - discount AS net FROM orders;
SELECT sku, -price AS negative, +stock AS same FROM products;
SELECT DISTINCT category FROM products;
SELECT DISTINCT status, tier FROM customers;
SELECT customer_id, verified, avatar FROM customers;
SELECT PK, SK, entity FROM app_data;
SELECT pk, sk, total, qty FROM app_data WHERE entity = 'item' OR entity = 'order';
SELECT customer_id, balance FROM customers;
SELECT customer_id, notes FROM customers;
