/** Site-wide settings. REPO_URL is set by the deploy workflow from the GitHub repository. */
export const siteName = 'API Interview Guide';
export const siteTagline = 'Python API interview questions, answered accurately, with code you can run.';
export const repositoryUrl = (process.env.REPO_URL ?? 'https://github.com/api-interview-guide/api-interview-guide').replace(/\/$/, '');
export const editBranch = 'main';

export function editUrl(filePath: string): string {
  return `${repositoryUrl}/edit/${editBranch}/${filePath.replace(/^\.?\//, '')}`;
}
