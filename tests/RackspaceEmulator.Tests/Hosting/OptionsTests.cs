using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Autoscaler.RackspaceEmulator.Tests.Hosting;

public sealed class OptionsTests
{
    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsListingEveryProblemWithItsKey()
    {
        var options = new EmulatorOptions { BuildTime = TimeSpan.Zero, V1DeleteServerStatusCode = 200, Urls = "http://localhost:0" };
        options.Accounts.Add(new EmulatorAccount { Username = "", ApiKey = "", TenantId = "a/b" });
        options.Accounts.Add(new EmulatorAccount { Username = "x", ApiKey = "k", TenantId = "1", DefaultRegion = "MARS" });
        options.RateLimits.V1.Add(new RateLimitRule { Verb = "PATCH", Regex = "(", Value = 0, Unit = "WEEK" });
        options.Faults = new FaultSettings { BuildFailureRate = 2 };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EmulatedCloud.StartAsync(options));

        var message = string.Join("\n", error.Failures);
        foreach (var key in new[]
        {
            "Emulator:Urls", "Emulator:BuildTime", "Emulator:V1DeleteServerStatusCode", "Emulator:Accounts:0:Username", "Emulator:Accounts:0:ApiKey",
            "Emulator:Accounts:0:TenantId", "Emulator:Accounts:1:DefaultRegion", "Emulator:RateLimits:V1:0:Verb", "Emulator:RateLimits:V1:0:Value",
            "Emulator:RateLimits:V1:0:Unit", "Emulator:RateLimits:V1:0:Regex", "Emulator:Faults:BuildFailureRate",
        })
        {
            Assert.Contains(key, message);
        }
    }

    [Fact]
    public async Task AddRackspaceEmulator_FromConfiguration_BindsAccountsLimitsAndFaults()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Emulator:Accounts:0:Username"] = "alice",
            ["Emulator:Accounts:0:ApiKey"] = "alice-key",
            ["Emulator:Accounts:0:TenantId"] = "4242",
            ["Emulator:Accounts:0:DefaultRegion"] = "LON",
            ["Emulator:BuildTime"] = "00:00:30",
            ["Emulator:AbsoluteLimits:MaxTotalInstances"] = "7",
            ["Emulator:Faults:BuildFailureRate"] = "0.5",
            ["Emulator:Faults:Operations:CreateServer:ErrorRate"] = "0.1",
            ["Emulator:Faults:Operations:CreateServer:StatusCode"] = "503",
        });
        builder.Services.AddRackspaceEmulator(builder.Configuration);
        await using var app = builder.Build();
        app.MapRackspaceEmulator();
        await app.StartAsync();

        var model = app.Services.GetRequiredService<CloudModel>();
        var account = Assert.Single(model.Accounts);
        Assert.Equal("alice", account.Username);
        Assert.Equal("LON", account.DefaultRegion);
        Assert.Equal(TimeSpan.FromSeconds(30), model.Options.BuildTime);
        Assert.Equal(7, model.Options.AbsoluteLimits.MaxTotalInstances);
        Assert.Equal(0.5, model.Faults.BuildFailureRate);
        Assert.Equal(503, model.Faults.Operations["CreateServer"].StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task AddRackspaceEmulator_InvalidConfiguration_FailsAtStartNamingTheKey()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Emulator:TokenLifetime"] = "-00:01:00" });
        builder.Services.AddRackspaceEmulator(builder.Configuration);
        await using var app = builder.Build();
        app.MapRackspaceEmulator();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Emulator:TokenLifetime", string.Join("\n", error.Failures));
    }

    [Fact]
    public async Task StartAsync_DefaultOptions_ServesTheDemoAccountOnALoopbackPort()
    {
        await using var cloud = await EmulatedCloud.StartAsync(new EmulatorOptions());
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, cloud.IdentityV1Endpoint);
        request.Headers.Add("X-Auth-User", "demo");
        request.Headers.Add("X-Auth-Key", "demo-api-key");

        using var response = await http.SendAsync(request);

        Assert.Equal("127.0.0.1", cloud.BaseAddress.Host);
        Assert.EndsWith("/", cloud.BaseAddress.AbsoluteUri);
        Assert.Equal($"{cloud.BaseAddress}v2.0/", cloud.IdentityV2Endpoint.ToString());
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
