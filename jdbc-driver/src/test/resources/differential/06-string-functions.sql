-- String functions: LOWER, UPPER, LENGTH, SUBSTRING, TRIM, CONCAT and ||, REPLACE, POSITION, STARTS_WITH.

SELECT customer_id, LOWER(name) AS lower_name, UPPER(name) AS upper_name FROM customers;
SELECT customer_id, LENGTH(name) AS name_length FROM customers;
SELECT customer_id, SUBSTRING(name FROM 1 FOR 3) AS prefix FROM customers;
SELECT customer_id, SUBSTRING(name, 2, 4) AS middle FROM customers;
SELECT customer_id, SUBSTRING(created_at, 1, 7) AS month FROM customers;
SELECT customer_id, TRIM(name) AS trimmed FROM customers;
SELECT TRIM('  padded  ') AS trimmed, TRIM(BOTH 'x' FROM 'xxhixx') AS inner_text FROM products WHERE sku = 'p001';
SELECT customer_id, name || ' <' || email || '>' AS display FROM customers;
SELECT customer_id, CONCAT(name, ' (', tier, ')') AS label FROM customers;
SELECT customer_id, REPLACE(name, ' ', '_') AS snake FROM customers;
SELECT customer_id, POSITION(' ' IN name) AS space_at FROM customers;
SELECT customer_id FROM customers WHERE STARTS_WITH(name, 'Gr');
SELECT sku FROM products WHERE STARTS_WITH(sku, 'p01');
SELECT customer_id, UPPER(SUBSTRING(tier, 1, 1)) || SUBSTRING(tier, 2) AS capitalised FROM customers;
SELECT customer_id FROM customers WHERE LOWER(name) LIKE '%ada%';
SELECT customer_id FROM customers WHERE LENGTH(email) > 30;
SELECT LENGTH('Zürich') AS chars, UPPER('zürich') AS shout FROM products WHERE sku = 'p001';
SELECT customer_id, LENGTH(notes) AS notes_length FROM customers;
SELECT address.city AS city, LENGTH(address.city) AS city_length FROM customers WHERE address IS NOT NULL;
SELECT sku, name || '/' || category AS path FROM products WHERE category = 'toys';
