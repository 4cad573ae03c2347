using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class AgentSessionTests
{
    [Fact]
    public void HeartbeatInterval_FleetTimeoutShorterThanThreeBeats_GivesThreeBeatsPerTimeout()
    {
        var session = new AgentSession("s1", "fleet", 1, draining: false, heartbeatTimeout: TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(1), session.HeartbeatInterval(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void HeartbeatInterval_FleetTimeoutLong_KeepsConfiguredInterval()
    {
        var session = new AgentSession("s1", "fleet", 1, draining: false, heartbeatTimeout: TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(5), session.HeartbeatInterval(TimeSpan.FromSeconds(5)));
    }
}
