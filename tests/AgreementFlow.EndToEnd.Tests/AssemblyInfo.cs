// One browser journey at a time: on a 2-core CI machine parallel Chromiums and Kestrels starve each other's pages
// (a page's 'load' event once never arrived within two minutes), and the journeys are not made faster by it.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
