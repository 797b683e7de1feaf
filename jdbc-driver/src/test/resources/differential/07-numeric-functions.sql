-- Numeric functions: ABS, ROUND, FLOOR, CEIL, MOD, POWER.

SELECT customer_id, ABS(balance) AS magnitude FROM customers;
SELECT sku, ROUND(price) AS rounded FROM products;
SELECT sku, ROUND(price, 1) AS rounded FROM products;
SELECT order_id, ROUND(total * 1.07, 2) AS with_tax FROM orders;
SELECT sku, FLOOR(price) AS floored, CEIL(price) AS ceiled FROM products;
SELECT customer_id, FLOOR(balance) AS floored, CEIL(balance) AS ceiled FROM customers WHERE balance < 0;
SELECT sku, MOD(stock, 4) AS m FROM products;
SELECT order_id FROM orders WHERE MOD(quantity, 2) = 0;
SELECT sku, POWER(stock, 2) AS squared FROM products;
SELECT sku, POWER(price, 0.5) AS root FROM products WHERE price > 100;
SELECT customer_id, ABS(age - 40) AS distance FROM customers;
SELECT ROUND(-2.5) AS r1, ROUND(2.345, 2) AS r2, ABS(-7) AS a, FLOOR(-1.5) AS f, CEIL(-1.5) AS c FROM products WHERE sku = 'p001';
SELECT sku FROM products WHERE ROUND(price) = FLOOR(price);
SELECT customer_id, ROUND(balance / 3, 4) AS third FROM customers;
SELECT sku, ROUND(rating * 2) / 2 AS half_stars FROM products;
