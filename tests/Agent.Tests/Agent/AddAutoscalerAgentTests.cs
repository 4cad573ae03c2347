using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>services.AddAutoscalerAgent in a Generic Host: configuration, the bootstrap file, start and stop with the host.</summary>
public sealed class AddAutoscalerAgentTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agent-host-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddAutoscalerAgent_BootstrapFileAndConfiguration_HostConnectsAndDisconnectsWithTheHost()
    {
        // Arrange: identity from the bootstrap file, capacity from configuration.
        var gateway = new FakeAgentGateway().AddServer("srv-7", "arena", "tok-7");
        await using var controller = await TestController.StartAsync(gateway);
        var bootstrap = Path.Combine(_directory, "agent.json");
        new AgentBootstrapFile { ServerId = "srv-7", Fleet = "arena", ControllerAddress = controller.Address, Token = "tok-7", Capacity = 12 }.Write(bootstrap);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Autoscaler:Agent:BootstrapFilePath"] = bootstrap,
            ["Autoscaler:Agent:Capacity"] = "24",
        });
        builder.Services.AddAutoscalerAgent(builder.Configuration.GetSection("Autoscaler:Agent"));
        using var host = builder.Build();

        // Act
        await host.StartAsync();
        var agent = host.Services.GetRequiredService<GameServerAgent>();
        agent.SetPlayerCount(2);
        await gateway.WaitUntilAsync(() => gateway.LatestLoad("srv-7") is not null);
        var load = gateway.LatestLoad("srv-7");
        await host.StopAsync();

        // Assert
        Assert.Equal(24, load?.Capacity);
        await gateway.WaitUntilAsync(() => gateway.Disconnects == 1);
        Assert.False(agent.IsConnected);
    }

    [Fact]
    public async Task AddAutoscalerAgent_FromCode_InvalidOptionsStopStartUpListingEveryKey()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAutoscalerAgent(options => options.Capacity = -1);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(["ControllerAddress", "ServerId", "Fleet", "Token", "Capacity"], error.Failures.Select(f => f.Split(' ')[0]));
    }

    [Fact]
    public async Task AddAutoscalerAgent_MissingBootstrapFile_StartUpFailsNamingThePath()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var missing = Path.Combine(_directory, "missing.json");
        builder.Services.AddAutoscalerAgent(options => options.BootstrapFilePath = missing);
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<IOException>(() => host.StartAsync());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
