/** REST response objects shaped like GitHub's (they are validated against its schemas in the fake). */

export const NOW = '2025-11-24T10:00:00Z'
export const WEB = 'https://github.com'
export const API = 'https://api.github.com'

export function user(login: string, type: 'Bot' | 'User', id: number): Record<string, unknown> {
  const slug = encodeURIComponent(login)
  return {
    login,
    id,
    node_id: type === 'Bot' ? `BOT_${id}` : `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${API}/users/${slug}`,
    html_url: `${WEB}/${type === 'Bot' ? 'apps/' : ''}${slug.replace(/%5Bbot%5D$/, '')}`,
    followers_url: `${API}/users/${slug}/followers`,
    following_url: `${API}/users/${slug}/following{/other_user}`,
    gists_url: `${API}/users/${slug}/gists{/gist_id}`,
    starred_url: `${API}/users/${slug}/starred{/owner}{/repo}`,
    subscriptions_url: `${API}/users/${slug}/subscriptions`,
    organizations_url: `${API}/users/${slug}/orgs`,
    repos_url: `${API}/users/${slug}/repos`,
    events_url: `${API}/users/${slug}/events{/privacy}`,
    received_events_url: `${API}/users/${slug}/received_events`,
    type,
    site_admin: false
  }
}
