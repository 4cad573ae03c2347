using System.Text.Json;
using Autoscaler.Controller.Hosting;
using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Fakes;
using Autoscaler.RackspaceApi.Provisioning;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Tests.Hosting;

/// <summary>The core as the host runs it: configuration, start-up validation, migration, Quartz jobs, early trigger.</summary>
public sealed class ControllerCoreHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("autoscaler-host-").FullName;
    private readonly FakeProvisioner _cloud = new();

    [Fact]
    public async Task StartAsync_InvalidFleet_FailsListingEveryProblem()
    {
        using var host = Build(("Fleets:f:SlotsPerServer", "0"), ("Fleets:f:MaxServers", "-1"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Fleets:f:ImageId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fleets:f:FlavorId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fleets:f:SlotsPerServer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fleets:f:MaxServers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidControllerSection_FailsNamingTheKey()
    {
        using var host = Build(("Fleets:f:ImageId", "img"), ("Fleets:f:FlavorId", "flv"), ("Controller:AgentEndpoint", "not a url"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Controller:AgentEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BreakingBuffer_FiresPolicyWithoutWaitingForTimer()
    {
        using var host = Build(("Fleets:f:ImageId", "img"), ("Fleets:f:FlavorId", "flv"), ("Fleets:f:SlotsPerServer", "10"),
            ("Fleets:f:MinServers", "1"), ("Fleets:f:MinFreeSlots", "5"), ("Fleets:f:PolicyInterval", "01:00:00"));
        await host.StartAsync();
        try
        {
            await WaitUntilAsync(() => _cloud.Creates.Count == 1);
            var gateway = host.Services.GetRequiredService<IAgentGateway>();
            var session = Hello(gateway, _cloud.Creates[0]);

            gateway.ApplyLoad(session, new AgentLoad(6, 10, AgentReportedState.Ready, 1, TimeProvider.System.GetUtcNow(), new Dictionary<string, double>()));

            // The timer would next run in an hour: only the early trigger can create the second server.
            await WaitUntilAsync(() => _cloud.Creates.Count == 2);
            Assert.Equal(2, _cloud.Creates.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static AgentSession Hello(IAgentGateway gateway, ServerCreateSpec spec)
    {
        using var document = JsonDocument.Parse(spec.UserData!);
        var root = document.RootElement;
        var admission = gateway.Admit(new AgentIdentity(root.GetProperty("serverId").GetString()!, "f", 10, root.GetProperty("token").GetString()!, "test"));
        return admission.Session ?? throw new InvalidOperationException(admission.Message);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // A functional test on real time: poll, with a generous bound that only a broken trigger reaches.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))
            .Append(KeyValuePair.Create("ConnectionStrings:Autoscaler", (string?)$"Data Source={Path.Combine(_folder, "host.db")}"))
            .Append(KeyValuePair.Create("Controller:ReconcileInterval", (string?)"01:00:00")));
        builder.Services.AddSingleton<IServerProvisioner>(_cloud);
        builder.Services.AddControllerCore(builder.Configuration);
        return builder.Build();
    }
}
