using System.Net;
using System.Text.Json.Nodes;

namespace Autoscaler.RackspaceEmulator.Tests.Admin;

public sealed class AdminEndpointTests
{
    [Fact]
    public async Task Servers_ListsServersWithoutPersonalityContentsOrMetadataValues()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV2Async();
        (await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(V2.V2ServerTests.CreateBody("secretive", new JsonObject
        {
            ["metadata"] = new JsonObject { ["agent-token"] = "tok-123" },
            ["personality"] = new JsonArray(new JsonObject { ["path"] = "/etc/agent", ["contents"] = "dG9rLTQ1Ng==" }),
        })))).Dispose();

        using var response = await cloud.Http.GetAsync("__emulator/servers");

        var text = await response.Content.ReadAsStringAsync();
        var server = JsonNode.Parse(text)!.AsArray().Single()!;
        Assert.Equal("secretive", (string?)server["name"]);
        Assert.Equal("/etc/agent", (string?)server["personalityPaths"]![0]);
        Assert.Equal("agent-token", (string?)server["metadataKeys"]![0]);
        Assert.DoesNotContain("tok-123", text);
        Assert.DoesNotContain("dG9rLTQ1Ng==", text);
    }

    [Fact]
    public async Task Audit_RecordsEveryRequestWithStatusAndOperation_AndRaisesAnEventPerRequest()
    {
        await using var cloud = await TestCloud.StartAsync();
        var seen = new List<AuditEntry>();
        cloud.Model.RequestAudited += (_, e) => seen.Add(e.Entry);
        var (token, url) = await cloud.LoginV2Async();
        (await cloud.SendAsync(HttpMethod.Get, url + "/servers/nope", token)).Dispose();

        var beforeAdmin = seen.ToList();
        using var response = await cloud.Http.GetAsync("__emulator/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Authenticate", "GetServer"], beforeAdmin.Select(e => e.Operation));
        Assert.Equal([200, 404], beforeAdmin.Select(e => e.StatusCode));
        Assert.Equal("100000", seen[1].TenantId);
        Assert.Equal("/dfw/v2/100000/servers/nope", seen[1].Path);
        Assert.DoesNotContain(token, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClearFaults_RestoresTheDefaults()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.Faults = new FaultSettings { BuildFailureRate = 1 });

        using var response = await cloud.Http.DeleteAsync("__emulator/faults");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, cloud.Model.Faults.BuildFailureRate);
    }
}
