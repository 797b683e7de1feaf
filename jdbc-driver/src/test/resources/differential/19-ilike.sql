-- ILIKE / NOT ILIKE: LIKE ignoring case (Unicode lower-casing), same wildcards and ESCAPE rules.
-- Never pushed to DynamoDB (begins_with is case-sensitive), also on key attributes.

SELECT customer_id, name FROM customers WHERE name ILIKE 'a%';
SELECT customer_id, name FROM customers WHERE name ILIKE '%SON%';
SELECT customer_id FROM customers WHERE name NOT ILIKE '%e%';
SELECT customer_id, email FROM customers WHERE email ILIKE '%@EXAMPLE.COM';
SELECT customer_id, name ILIKE 'A_%' AS a_name, name NOT ILIKE '%N' AS no_final_n FROM customers;
SELECT customer_id FROM customers WHERE address.city ILIKE 'zÜRICH';
SELECT customer_id FROM customers WHERE address.city ILIKE '_ürich';
SELECT order_id, coupon FROM orders WHERE coupon ILIKE 'save%';
SELECT order_id FROM orders WHERE coupon ILIKE 'SAVE!%' ESCAPE '!';
SELECT order_id FROM orders WHERE customer_id = 'c001' AND order_id ILIKE 'O000%';
SELECT customer_id FROM customers WHERE customer_id ILIKE 'C01%';
SELECT pk, sk FROM app_data WHERE pk ILIKE 'customer#c00%' AND sk ILIKE 'order#%';
SELECT order_id FROM orders WHERE status ILIKE 'PENDING';
SELECT sku FROM products WHERE category ILIKE 'Books' AND name ILIKE '%the%';
SELECT customer_id FROM customers WHERE tier ILIKE NULL;
SELECT tier, COUNT(*) FROM customers WHERE tier NOT ILIKE 'G%' GROUP BY tier;
SELECT customer_id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.channel ILIKE 'WEB');
SELECT name FROM customers WHERE name ILIKE LOWER(name);
