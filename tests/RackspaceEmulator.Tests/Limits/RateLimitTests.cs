using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.Limits;

public sealed class RateLimitTests
{
    private const string CreateXml =
        "<server xmlns=\"http://docs.rackspacecloud.com/servers/api/v1.0\" name=\"n\" imageId=\"49\" flavorId=\"1\"/>";

    [Fact]
    public async Task V1Post_EleventhInAMinute_Is413WithRetryAfter_AndAllowedAgainAfterTheWindow()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        for (var i = 0; i < 10; i++)
        {
            using var ok = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateXml));
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        cloud.Time.Advance(TimeSpan.FromSeconds(20));
        using var limited = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateXml));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), limited.Headers.RetryAfter!.Delta);
        var fault = (await TestCloud.ReadJsonAsync(limited))["overLimit"]!;
        Assert.Equal(413, (int)fault["code"]!);
        Assert.Equal("2026-01-05T12:01:00Z", (string?)fault["retryAfter"]);
        Assert.Contains("10 POST request(s)", (string?)fault["details"]);

        cloud.Time.Advance(TimeSpan.FromSeconds(40));
        using var again = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateXml));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    [Fact]
    public async Task V1OverLimit_Xml_CarriesRetryAfterAttributeAndHeader()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RateLimits.V1.Add(new RateLimitRule
        {
            Verb = "GET", Uri = "*", Regex = ".*", Value = 1, Unit = "HOUR",
        }));
        var (token, url) = await cloud.LoginV1Async();
        (await cloud.SendAsync(HttpMethod.Get, url + "/flavors", token)).Dispose();

        using var limited = await cloud.SendAsync(HttpMethod.Get, url + "/flavors.xml", token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), limited.Headers.RetryAfter!.Delta);
        var fault = System.Xml.Linq.XElement.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal("overLimit", fault.Name.LocalName);
        Assert.Equal("413", (string?)fault.Attribute("code"));
        Assert.Equal("2026-01-05T13:00:00Z", (string?)fault.Attribute("retryAfter"));
    }

    [Fact]
    public async Task V1Limits_ReportsRemainingRequestsAndAbsoluteLimits()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        (await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateXml))).Dispose();

        using var response = await cloud.SendAsync(HttpMethod.Get, url + "/limits", token);

        var limits = (await TestCloud.ReadJsonAsync(response))["limits"]!;
        var postAll = limits["rate"]!.AsArray().First(r => (string?)r!["verb"] == "POST" && (string?)r["URI"] == "*")!;
        Assert.Equal(10, (int)postAll["value"]!);
        Assert.Equal(9, (int)postAll["remaining"]!);
        Assert.Equal("MINUTE", (string?)postAll["unit"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 12, 1, 0, TimeSpan.Zero).ToUnixTimeSeconds(), (long)postAll["resetTime"]!);
        Assert.Equal(131072, (int)limits["absolute"]!["maxTotalRAMSize"]!);
    }

    [Fact]
    public async Task V2ChangesSince_ConfiguredRule_LimitsPerVerbAndUriRegex()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RateLimits.V2.Add(new RateLimitRule
        {
            Verb = "GET", Uri = "*changes-since*", Regex = ".*changes-since.*", Value = 2, Unit = "MINUTE",
        }));
        var (token, url) = await cloud.LoginV2Async();
        var since = Uri.EscapeDataString("2026-01-01T00:00:00Z");

        for (var i = 0; i < 2; i++)
        {
            using var ok = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers?changes-since={since}", token);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var plain = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers", token);
        using var limited = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers?changes-since={since}", token);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, limited.StatusCode);
        Assert.Equal("60", (string?)(await TestCloud.ReadJsonAsync(limited))["overLimit"]!["retryAfter"]);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task RateLimits_Disabled_NeverLimit()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.RateLimits.Enabled = false);
        var (token, url) = await cloud.LoginV1Async();

        for (var i = 0; i < 12; i++)
        {
            using var ok = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateXml));
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }
    }

    [Fact]
    public async Task AbsoluteRam_CreateBeyondMaxTotalRamSize_Is413()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.AbsoluteLimits.MaxTotalRamSize = 1024);
        var (token, url) = await cloud.LoginV2Async();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody($"s{i}")));
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        using var over = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("s3")));
        using var limits = await cloud.SendAsync(HttpMethod.Get, url + "/limits", token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("maxTotalRAMSize", (string?)(await TestCloud.ReadJsonAsync(over))["overLimit"]!["message"]);
        var absolute = (await TestCloud.ReadJsonAsync(limits))["limits"]!["absolute"]!;
        Assert.Equal(1024, (int)absolute["totalRAMUsed"]!);
        Assert.Equal(2, (int)absolute["totalInstancesUsed"]!);
    }

    [Fact]
    public async Task AbsoluteInstances_CreateBeyondMaxTotalInstances_Is413_UntilOneIsDeleted()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.AbsoluteLimits.MaxTotalInstances = 1);
        var (token, url) = await cloud.LoginV2Async();
        using var first = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("one")));
        var id = (string)(await TestCloud.ReadJsonAsync(first))["server"]!["id"]!;

        using var over = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("two")));
        (await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token)).Dispose();
        using var after = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("two")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("maxTotalInstances", (string?)(await TestCloud.ReadJsonAsync(over))["overLimit"]!["message"]);
        Assert.Equal(HttpStatusCode.Accepted, after.StatusCode);
    }

    [Fact]
    public async Task V2Limits_GroupsRatesByUriWithNextAvailable()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();

        using var response = await cloud.SendAsync(HttpMethod.Get, url + "/limits", token);

        var rate = (await TestCloud.ReadJsonAsync(response))["limits"]!["rate"]!.AsArray();
        var all = rate.Single(r => (string?)r!["uri"] == "*")!;
        var get = all["limit"]!.AsArray().Single(l => (string?)l!["verb"] == "GET")!;
        Assert.Equal(1000, (int)get["value"]!);
        Assert.Equal(999, (int)get["remaining"]!);
        Assert.Equal("^/servers", (string?)rate.Single(r => (string?)r!["uri"] == "*/servers")!["regex"]);
        Assert.NotNull(get["next-available"]);
        Assert.IsType<JsonArray>(all["limit"]);
    }
}
