using Autoscaler.Controller.Core;

namespace Autoscaler.Controller.Tests.Core;

public sealed class OperationIdsTests
{
    [Fact]
    public void Next_ManyInOneMillisecond_AllDistinctAndIncreasing()
    {
        var now = new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

        var ids = Enumerable.Range(0, 5_000).Select(_ => OperationIds.Next(now)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ids.Select(id => Convert.ToInt64(id, 16)).Zip(ids.Skip(1).Select(id => Convert.ToInt64(id, 16))).All(p => p.First < p.Second));
    }

    [Fact]
    public void Next_LaterTime_SortsAfterEarlierIds()
    {
        var earlier = OperationIds.Next(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

        var later = OperationIds.Next(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(Convert.ToInt64(later, 16) > Convert.ToInt64(earlier, 16));
    }
}
