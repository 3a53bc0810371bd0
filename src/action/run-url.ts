/** The URL of this workflow run, which comments link to as "the full list is in the job summary". */
export function getRunUrl(serverUrl: string, repository: string | undefined, runId: number): string | undefined {
  if (repository === undefined || !/^[^/]+\/[^/]+$/.test(repository) || !Number.isSafeInteger(runId) || runId <= 0) {
    return undefined
  }
  return `${serverUrl}/${repository}/actions/runs/${runId}`
}
