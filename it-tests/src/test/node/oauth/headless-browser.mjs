// Plays the person's browser without a browser: follows the authorization server's pages with a cookie
// jar, fills the login form, presses a consent button, and stops at the redirect back to the client.

/** The first <form> of a page: where it posts and its hidden fields. */
export function parseForm(html, pageUrl) {
  const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) {
    throw new Error(`no form on the page ${pageUrl}:\n${html.slice(0, 2000)}`);
  }
  const fields = {};
  for (const input of form[2].matchAll(/<input\b[^>]*>/gi)) {
    const tag = input[0];
    if (!/type="hidden"/i.test(tag)) continue;
    const name = /name="([^"]*)"/i.exec(tag)[1];
    const value = /value="([^"]*)"/i.exec(tag)?.[1] ?? '';
    fields[decode(name)] = decode(value);
  }
  return { action: new URL(decode(form[1]), pageUrl).href, fields };
}

function decode(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export class HeadlessBrowser {
  constructor() {
    this.cookies = new Map();
  }

  async request(url, init = {}) {
    const headers = { ...(init.headers ?? {}) };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  async post(form, extra) {
    return this.request(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, ...extra }).toString(),
    });
  }

  /**
   * From the authorization URL to the redirect URI: login, then the consent button `decision`
   * (approve or deny). Returns the URL the server finally redirects to.
   */
  async authorize(authorizationUrl, { username, password, decision = 'approve' }) {
    const login = await this.request(authorizationUrl);
    const loginHtml = await login.text();
    if (login.status !== 200) {
      throw new Error(`authorization page answered ${login.status}: ${loginHtml.slice(0, 500)}`);
    }
    const consent = await this.post(parseForm(loginHtml, authorizationUrl), {
      username,
      password,
      action: 'login',
    });
    const consentHtml = await consent.text();
    if (consent.status !== 200 || !consentHtml.includes('value="approve"')) {
      throw new Error(`login answered ${consent.status}: ${consentHtml.slice(0, 1500)}`);
    }
    const answer = await this.post(parseForm(consentHtml, authorizationUrl), { action: decision });
    const location = answer.headers.get('location');
    if (answer.status !== 303 || !location) {
      throw new Error(`consent answered ${answer.status}: ${(await answer.text()).slice(0, 500)}`);
    }
    return new URL(location);
  }
}
