using System.Net.Http.Json;
using System.Text.Json;
using Autoscaler.EndToEnd.Tests.Infrastructure;

namespace Autoscaler.EndToEnd.Tests.Dashboard;

/// <summary>The demo's matchmaker on the real controller: players it cannot seat reach the policy as waiting players.</summary>
public sealed class DemoMatchmakerTests
{
    [Fact]
    public async Task Demo_FleetPausedBelowDemand_ReportsThePlayersItCannotSeat()
    {
        // A flat demand of 40 players, and the fleet paused at once: whatever the fleet holds, the rest wait.
        await using var controller = await DashboardController.StartAsync(new Dictionary<string, string>
        {
            ["Cloud__Demo__BasePlayers"] = "40",
            ["Cloud__Demo__PeakPlayers"] = "40",
        });
        using var http = new HttpClient { BaseAddress = controller.HttpAddress, Timeout = TimeSpan.FromSeconds(20) };
        (await http.PostAsJsonAsync("/api/v1/fleets/demo/pause", new { })).EnsureSuccessStatusCode();

        var (players, waiting) = await Eventually.WaitAsync(
            async () =>
            {
                using var fleet = JsonDocument.Parse(await http.GetStringAsync("/api/v1/fleets/demo"));
                var root = fleet.RootElement;
                return (Read(root, "players"), Read(root, "waitingPlayers"));
            },
            seen => seen.Item2 > 0 && seen.Item1 + seen.Item2 == 40,
            TimeSpan.FromSeconds(60),
            "seated and waiting players adding up to the demo's 40");

        Assert.True(players <= 16 * 12, $"players {players}");
        Assert.Equal(40 - players, waiting);
    }

    private static int Read(JsonElement fleet, string property) =>
        fleet.TryGetProperty(property, out var value) ? value.GetInt32() : 0;
}
