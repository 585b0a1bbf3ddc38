// Each test class runs real silo processes on a 2-core machine: one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
