/**
 * The fake's answer to `repos/compare-commits-with-basehead`: GitHub's commit-comparison shape with
 * the files a test registered for that `base...head`, as many as GitHub lists (300 at most).
 */
const API = 'https://api.github.com'
const WEB = 'https://github.com'

function commit(owner: string, repo: string, sha: string): Record<string, unknown> {
  const person = { name: 'Mona Lisa', email: 'mona@example.com', date: '2026-12-01T10:00:00Z' }
  return {
    url: `${API}/repos/${owner}/${repo}/commits/${sha}`,
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
    comments_url: `${API}/repos/${owner}/${repo}/commits/${sha}/comments`,
    commit: {
      url: `${API}/repos/${owner}/${repo}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: 'Change the infrastructure',
      comment_count: 0,
      tree: { sha: '9c4f1e5e2b7d3a8c6f0e1d2c3b4a5f6e7d8c9b0a', url: `${API}/repos/${owner}/${repo}/git/trees/9c4f1e5e` }
    },
    author: null,
    committer: null,
    parents: []
  }
}

export function comparisonPayload(
  owner: string,
  repo: string,
  basehead: string,
  files: readonly unknown[]
): Record<string, unknown> {
  const [base = '', head = ''] = basehead.split('...')
  const headSha = /^[0-9a-f]{40}$/.test(head) ? head : '0123456789abcdef0123456789abcdef01234567'
  const baseSha = /^[0-9a-f]{40}$/.test(base) ? base : 'fedcba9876543210fedcba9876543210fedcba98'
  return {
    url: `${API}/repos/${owner}/${repo}/compare/${basehead}`,
    html_url: `${WEB}/${owner}/${repo}/compare/${basehead}`,
    permalink_url: `${WEB}/${owner}/${repo}/compare/${owner}:${baseSha.slice(0, 7)}...${owner}:${headSha.slice(0, 7)}`,
    diff_url: `${WEB}/${owner}/${repo}/compare/${basehead}.diff`,
    patch_url: `${WEB}/${owner}/${repo}/compare/${basehead}.patch`,
    base_commit: commit(owner, repo, baseSha),
    merge_base_commit: commit(owner, repo, baseSha),
    status: 'ahead',
    ahead_by: 1,
    behind_by: 0,
    total_commits: 1,
    commits: [commit(owner, repo, headSha)],
    files: files.slice(0, 300)
  }
}
