using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Project;

namespace Autoscaler.Simulator.Tests.Live;

public class LiveStackSettingsTests
{
    private static LiveStackSettings Create(double speed)
    {
        var world = new SimulationOptions();
        var fleet = ProjectPolicySettings.Create(world, 1, 1000, policyFile: null);
        return LiveStackSettings.Create(fleet, "game", world, TimeSpan.FromSeconds(90), new TimeScale(speed));
    }

    [Fact]
    public void Create_Speed30_ScalesTheControllersAndTheCloudsDurations()
    {
        var settings = Create(30);

        Assert.Equal("00:00:02", settings.Controller["Controller__ReconcileInterval"]);
        Assert.Equal("00:00:04", settings.Controller["Controller__CreateRequestTimeout"]);
        Assert.Equal("00:00:00.1666667", settings.Controller["AgentProtocol__HeartbeatInterval"]);
        Assert.Equal("00:00:00.0333333", settings.Controller["AgentProtocol__ReportInterval"]);
        Assert.Equal("600", settings.Controller["AgentProtocol__MessagesPerSecond"]);
        Assert.Equal("00:00:04", settings.Controller["Fleets__game__ExpectedBootTime"]);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.BuildTime);
        Assert.Equal("00:00:03", settings.Emulator["Emulator__BuildTime"]);
        Assert.Equal("00:00:02", settings.Emulator["Emulator__HardRebootTime"]);
        Assert.Equal("false", settings.Emulator["Emulator__RateLimits__Enabled"]);
        Assert.Empty(settings.Notes);
    }

    [Fact]
    public void Create_SpeedAboveTheHeartbeatFloor_RaisesItAndSaysSo()
    {
        var settings = Create(100);

        Assert.Equal("00:00:00.1000000", settings.Controller["AgentProtocol__HeartbeatInterval"]);
        Assert.Equal("00:00:00.0100000", settings.Controller["AgentProtocol__ReportInterval"]);
        var note = Assert.Single(settings.Notes);
        Assert.Contains("AgentProtocol:HeartbeatInterval scaled to 50 ms", note, StringComparison.Ordinal);
    }
}
