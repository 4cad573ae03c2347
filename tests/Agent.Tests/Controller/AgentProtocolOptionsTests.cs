extern alias controller;

using controller::Autoscaler.Controller.Agents;
using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace Autoscaler.Agent.Tests.Controller;

public sealed class AgentProtocolOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new AgentProtocolOptionsValidator().Validate(null, new AgentProtocolOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_EveryValueWrong_ReportsEveryKey()
    {
        var options = new AgentProtocolOptions
        {
            HeartbeatInterval = TimeSpan.Zero,
            ReportInterval = TimeSpan.FromDays(2),
            HelloTimeout = TimeSpan.FromMilliseconds(1),
            MessagesPerSecond = 0,
            MessageBurst = 0,
            MaxValueBytes = -1,
            MaxKeysPerServer = -1,
            MaxUploadBytesPerServer = -1,
            MaxRowsPerGet = 0,
            MaxSubscriptions = -1,
            SubscriberBuffer = 1,
        };

        var result = new AgentProtocolOptionsValidator().Validate(null, options);

        var keys = result.Failures!.Select(f => f.Split(' ')[0]).ToList();
        Assert.Equal(
        [
            "AgentProtocol:HeartbeatInterval", "AgentProtocol:ReportInterval", "AgentProtocol:HelloTimeout",
            "AgentProtocol:MessagesPerSecond", "AgentProtocol:MessageBurst", "AgentProtocol:MaxValueBytes",
            "AgentProtocol:MaxKeysPerServer", "AgentProtocol:MaxUploadBytesPerServer", "AgentProtocol:MaxRowsPerGet",
            "AgentProtocol:MaxSubscriptions", "AgentProtocol:SubscriberBuffer", "AgentProtocol:MessageBurst",
        ], keys);
    }

    [Fact]
    public void Validate_BurstBelowRate_NamesBurst()
    {
        var result = new AgentProtocolOptionsValidator().Validate(null, new AgentProtocolOptions { MessagesPerSecond = 200, MessageBurst = 150 });

        Assert.StartsWith("AgentProtocol:MessageBurst", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BurstTooSmallForAReconnectingAgentsRows_NamesBurst()
    {
        var result = new AgentProtocolOptionsValidator().Validate(null, new AgentProtocolOptions { MaxKeysPerServer = 64, MessageBurst = 60 });

        Assert.Contains("MaxKeysPerServer + 2", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAgentProtocol_InvalidConfiguration_StartUpFails()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestController.StartAsync(
            new FakeAgentGateway(),
            settings: new() { ["AgentProtocol:MaxRowsPerGet"] = "0" }));

        Assert.Contains("AgentProtocol:MaxRowsPerGet", error.Message, StringComparison.Ordinal);
    }
}
