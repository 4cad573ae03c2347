using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class RequiredCapacityWindowTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private static readonly DateTimeOffset Now = PolicyFixture.Now;

    [Fact]
    public void Peak_NoDecisions_Zero()
    {
        Assert.Equal(0, new RequiredCapacityWindow().Peak(Now, Window));
    }

    [Fact]
    public void Peak_DecisionsWithinTheWindow_TheHighest()
    {
        var window = new RequiredCapacityWindow();
        window.Add(Now - TimeSpan.FromSeconds(90), 40);
        window.Add(Now - TimeSpan.FromSeconds(60), 70);
        window.Add(Now - TimeSpan.FromSeconds(10), 30);

        Assert.Equal(70, window.Peak(Now, Window));
    }

    [Fact]
    public void Peak_DecisionOlderThanTheWindow_Forgotten()
    {
        var window = new RequiredCapacityWindow();
        window.Add(Now - TimeSpan.FromSeconds(121), 90);
        window.Add(Now - TimeSpan.FromSeconds(120), 50);

        Assert.Equal(50, window.Peak(Now, Window));
        Assert.Equal(0, window.Peak(Now + TimeSpan.FromSeconds(1), Window));
    }
}
