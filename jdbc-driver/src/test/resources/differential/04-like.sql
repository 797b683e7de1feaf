-- LIKE with % and _, ESCAPE, NOT LIKE, on keys (prefixes become begins_with) and non-keys.

SELECT customer_id FROM customers WHERE name LIKE 'A%';
SELECT customer_id FROM customers WHERE name LIKE '%son';
SELECT customer_id FROM customers WHERE name LIKE '%a%a%';
SELECT customer_id FROM customers WHERE name LIKE '_da %';
SELECT customer_id FROM customers WHERE name NOT LIKE '%e%';
SELECT customer_id FROM customers WHERE email LIKE '%@example.com';
SELECT customer_id FROM customers WHERE email NOT LIKE 'a%';
SELECT customer_id FROM customers WHERE customer_id LIKE 'c00_';
SELECT customer_id FROM customers WHERE customer_id LIKE 'c01%';
SELECT order_id FROM orders WHERE order_id LIKE 'o00%' AND customer_id = 'c001';
SELECT order_id FROM orders WHERE customer_id = 'c002' AND order_id LIKE 'o%';
SELECT pk, sk FROM app_data WHERE pk = 'CUSTOMER#c001' AND sk LIKE 'ORDER#%';
SELECT pk, sk FROM app_data WHERE sk LIKE 'ITEM#0_';
SELECT pk, sk FROM app_data WHERE pk LIKE 'ORDER#o000_';
SELECT customer_id FROM customers WHERE created_at LIKE '2024-0_-1%';
SELECT sku FROM products WHERE name LIKE 'Books item 1_';
SELECT sku FROM products WHERE name LIKE '%item 3';
SELECT customer_id FROM customers WHERE referral_code LIKE 'FRIEND!-%' ESCAPE '!';
SELECT customer_id FROM customers WHERE name NOT LIKE '%\_%' ESCAPE '\';
SELECT sku FROM products WHERE "release-date" LIKE '2022-1%';
SELECT customer_id FROM customers WHERE "phone-number" LIKE '+1-555-1%';
SELECT customer_id FROM customers WHERE "phone-number" NOT LIKE '+1-555-1%';
SELECT customer_id FROM customers WHERE name LIKE 'a%';
SELECT customer_id FROM customers WHERE name LIKE '%';
SELECT customer_id, name LIKE 'G%' AS starts_with_g FROM customers;
