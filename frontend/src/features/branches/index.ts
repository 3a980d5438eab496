// 拠点・支店: other features pick branches and show their names through these.
export { allBranchesQueryOptions, useBranchNames } from './api/branches';
export { BranchMultiSelect, BranchSelect } from './components/branch-select';
