using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Autoscaler.RackspaceEmulator.Tests.V1;

/// <summary>The rest of the seed's v1.0 table: addresses, actions, flavors, images, shared IP groups, backup schedules, limits, versions.</summary>
public sealed class V1OperationTests
{
    private static readonly XNamespace Ns = "http://docs.rackspacecloud.com/servers/api/v1.0";

    private static async Task<int> CreateActiveAsync(TestCloud cloud, string token, string url, string name = "web", string extra = "")
    {
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"{name}\" imageId=\"49\" flavorId=\"1\" {extra}/>"));
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var id = (int)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        return id;
    }

    private static async Task<HttpResponseMessage> ActionAsync(TestCloud cloud, string token, string url, int id, string xml) =>
        await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token, TestCloud.Xml(xml), "application/xml");

    [Fact]
    public async Task Addresses_AllPublicPrivate_InJsonAndXml()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var id = await CreateActiveAsync(cloud, token, url);
        var server = cloud.Model.GetServers().Single();

        using var all = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/ips", token);
        using var pub = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/ips/public.xml", token);
        using var priv = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/ips/private", token);

        var addresses = (await TestCloud.ReadJsonAsync(all))["addresses"]!;
        Assert.Equal(server.PublicAddresses[0], (string?)addresses["public"]![0]);
        Assert.Equal(server.PrivateAddresses[0], (string?)addresses["private"]![0]);
        var publicXml = XElement.Parse(await pub.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "public", publicXml.Name);
        Assert.Equal(server.PublicAddresses[0], (string?)publicXml.Element(Ns + "ip")!.Attribute("addr"));
        Assert.Equal(server.PrivateAddresses[0], (string?)(await TestCloud.ReadJsonAsync(priv))["private"]![0]);
    }

    [Fact]
    public async Task SharedIpGroups_CreateShareUnshareDelete()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var owner = await CreateActiveAsync(cloud, token, url, "owner");

        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/shared_ip_groups", token,
            TestCloud.Xml($"<sharedIpGroup xmlns=\"{Ns}\" name=\"Shared IP Group 1\"><server id=\"{owner}\"/></sharedIpGroup>"), "application/xml");
        var group = XElement.Parse(await created.Content.ReadAsStringAsync());
        var groupId = (int)group.Attribute("id")!;
        var peer = await CreateActiveAsync(cloud, token, url, "peer", $"sharedIpGroupId=\"{groupId}\"");
        var ip = cloud.Model.GetServers().Single(s => s.LegacyId == owner).PublicAddresses[0];

        using var share = await cloud.SendAsync(HttpMethod.Put, $"{url}/servers/{peer}/ips/public/{ip}", token,
            TestCloud.Json(JsonNode.Parse($$$"""{"shareIp":{"sharedIpGroupId":{{{groupId}}},"configureServer":true}}""")!));
        var shared = cloud.Model.GetServers().Single(s => s.LegacyId == peer).PublicAddresses;
        using var detail = await cloud.SendAsync(HttpMethod.Get, url + "/shared_ip_groups/detail", token);
        using var unshare = await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{peer}/ips/public/{ip}", token);
        using var busy = await cloud.SendAsync(HttpMethod.Delete, $"{url}/shared_ip_groups/{groupId}", token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Shared IP Group 1", (string?)group.Attribute("name"));
        Assert.Equal(owner, (int)group.Element(Ns + "servers")!.Element(Ns + "server")!.Attribute("id")!);
        Assert.Equal(HttpStatusCode.Accepted, share.StatusCode);
        Assert.Contains(ip, shared);
        var listed = (await TestCloud.ReadJsonAsync(detail))["sharedIpGroups"]!.AsArray().Single()!;
        Assert.Equal([owner, peer], listed["servers"]!.AsArray().Select(s => (int)s!));
        Assert.Equal(HttpStatusCode.Accepted, unshare.StatusCode);
        Assert.DoesNotContain(ip, cloud.Model.GetServers().Single(s => s.LegacyId == peer).PublicAddresses);
        Assert.Equal(HttpStatusCode.BadRequest, busy.StatusCode);

        (await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{owner}", token)).Dispose();
        (await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{peer}", token)).Dispose();
        using var deleted = await cloud.SendAsync(HttpMethod.Delete, $"{url}/shared_ip_groups/{groupId}", token);
        using var gone = await cloud.SendAsync(HttpMethod.Get, $"{url}/shared_ip_groups/{groupId}", token);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Actions_XmlBodies_RebootRebuildResizeConfirmRevert()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var id = await CreateActiveAsync(cloud, token, url);
        var statuses = new List<string>();
        cloud.Model.ServerStatusChanged += (_, e) => statuses.Add(e.NewStatus);

        using var reboot = await ActionAsync(cloud, token, url, id, $"<reboot xmlns=\"{Ns}\" type=\"HARD\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        using var rebuild = await ActionAsync(cloud, token, url, id, $"<rebuild xmlns=\"{Ns}\" imageId=\"51\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        using var resize = await ActionAsync(cloud, token, url, id, $"<resize xmlns=\"{Ns}\" flavorId=\"3\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(6));
        using var confirm = await ActionAsync(cloud, token, url, id, $"<confirmResize xmlns=\"{Ns}\"/>");
        using var resizeAgain = await ActionAsync(cloud, token, url, id, $"<resize xmlns=\"{Ns}\" flavorId=\"4\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(6));
        using var revert = await ActionAsync(cloud, token, url, id, $"<revertResize xmlns=\"{Ns}\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Accepted, reboot.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resize.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resizeAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, revert.StatusCode);
        Assert.Equal(
            ["HARD_REBOOT", "ACTIVE", "REBUILD", "ACTIVE", "QUEUE_RESIZE", "PREP_RESIZE", "RESIZE", "VERIFY_RESIZE", "ACTIVE",
             "QUEUE_RESIZE", "PREP_RESIZE", "RESIZE", "VERIFY_RESIZE", "REVERT_RESIZE", "ACTIVE"],
            statuses);
        var server = cloud.Model.GetServers().Single();
        Assert.Equal("3", server.FlavorId);
        Assert.Equal(51, server.ImageLegacyId);
    }

    [Fact]
    public async Task Actions_DuringBuildAndResize_AreBuildInProgressAndBackupOrResizeInProgress()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"young\" imageId=\"49\" flavorId=\"1\"/>"));
        var id = (int)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;

        using var building = await ActionAsync(cloud, token, url, id, $"<reboot xmlns=\"{Ns}\" type=\"SOFT\"/>");
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        (await ActionAsync(cloud, token, url, id, $"<resize xmlns=\"{Ns}\" flavorId=\"2\"/>")).Dispose();
        using var resizing = await ActionAsync(cloud, token, url, id, $"<reboot xmlns=\"{Ns}\" type=\"SOFT\"/>");
        using var badType = await ActionAsync(cloud, token, url, id, $"<reboot xmlns=\"{Ns}\" type=\"GENTLE\"/>");

        Assert.Equal(HttpStatusCode.Conflict, building.StatusCode);
        Assert.Equal(Ns + "buildInProgress", XElement.Parse(await building.Content.ReadAsStringAsync()).Name);
        Assert.Equal(HttpStatusCode.Conflict, resizing.StatusCode);
        Assert.Equal(Ns + "backupOrResizeInProgress", XElement.Parse(await resizing.Content.ReadAsStringAsync()).Name);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Contains("reboot.type", XElement.Parse(await badType.Content.ReadAsStringAsync()).Value);
    }

    [Fact]
    public async Task Resize_ServerInSharedIpGroup_IsResizeNotAllowed403()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var id = await CreateActiveAsync(cloud, token, url);
        (await cloud.SendAsync(HttpMethod.Post, url + "/shared_ip_groups", token,
            TestCloud.Json(JsonNode.Parse($$$"""{"sharedIpGroup":{"name":"g","server":{{{id}}}}}""")!))).Dispose();

        using var resize = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/action", token,
            TestCloud.Json(JsonNode.Parse("""{"resize":{"flavorId":2}}""")!));

        Assert.Equal(HttpStatusCode.Forbidden, resize.StatusCode);
        Assert.Equal(403, (int)(await TestCloud.ReadJsonAsync(resize))["resizeNotAllowed"]!["code"]!);
    }

    [Fact]
    public async Task Flavors_ListDetailGet_InJsonAndXml()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var list = await cloud.SendAsync(HttpMethod.Get, url + "/flavors", token);
        using var detail = await cloud.SendAsync(HttpMethod.Get, url + "/flavors/detail.xml", token);
        using var one = await cloud.SendAsync(HttpMethod.Get, url + "/flavors/1", token);
        using var missing = await cloud.SendAsync(HttpMethod.Get, url + "/flavors/999", token);

        var flavors = (await TestCloud.ReadJsonAsync(list))["flavors"]!.AsArray();
        Assert.Equal(8, flavors.Count);
        Assert.Null(flavors[0]!["ram"]);
        var xml = XElement.Parse(await detail.Content.ReadAsStringAsync()).Elements(Ns + "flavor").First();
        Assert.Equal("256", (string?)xml.Attribute("ram"));
        Assert.Equal("10", (string?)xml.Attribute("disk"));
        var flavor = (await TestCloud.ReadJsonAsync(one))["flavor"]!;
        Assert.Equal(1, (int)flavor["id"]!);
        Assert.Equal("256 MB Server", (string?)flavor["name"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Images_CreateFromServerIsSavingThenActive_DeleteIs204()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var id = await CreateActiveAsync(cloud, token, url);

        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/images", token,
            TestCloud.Xml($"<image xmlns=\"{Ns}\" name=\"Just in case\" serverId=\"{id}\"/>"), "application/xml");
        var image = XElement.Parse(await created.Content.ReadAsStringAsync());
        var imageId = (string)image.Attribute("id")!;
        using var second = await cloud.SendAsync(HttpMethod.Post, url + "/images", token,
            TestCloud.Json(JsonNode.Parse($$$"""{"image":{"serverId":{{{id}}},"name":"again"}}""")!));
        cloud.Time.Advance(TimeSpan.FromSeconds(5));
        using var detail = await cloud.SendAsync(HttpMethod.Get, $"{url}/images/{imageId}", token);
        using var deleted = await cloud.SendAsync(HttpMethod.Delete, $"{url}/images/{imageId}", token);
        using var gone = await cloud.SendAsync(HttpMethod.Get, $"{url}/images/{imageId}", token);

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal("SAVING", (string?)image.Attribute("status"));
        Assert.Equal(id.ToString(), (string?)image.Attribute("serverId"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(409, (int)(await TestCloud.ReadJsonAsync(second))["backupOrResizeInProgress"]!["code"]!);
        var saved = (await TestCloud.ReadJsonAsync(detail))["image"]!;
        Assert.Equal("ACTIVE", (string?)saved["status"]);
        Assert.Equal(100, (int)saved["progress"]!);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task BackupSchedule_SetGetDelete()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var id = await CreateActiveAsync(cloud, token, url);

        using var set = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/backup_schedule", token,
            TestCloud.Xml($"<backupSchedule xmlns=\"{Ns}\" enabled=\"true\" weekly=\"THURSDAY\" daily=\"H_0400_0600\"/>"));
        using var get = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/backup_schedule", token);
        using var bad = await cloud.SendAsync(HttpMethod.Post, $"{url}/servers/{id}/backup_schedule", token,
            TestCloud.Json(JsonNode.Parse("""{"backupSchedule":{"enabled":true,"weekly":"SOMEDAY"}}""")!));
        using var delete = await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}/backup_schedule", token);
        using var after = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}/backup_schedule.xml", token);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        var schedule = (await TestCloud.ReadJsonAsync(get))["backupSchedule"]!;
        Assert.True((bool)schedule["enabled"]!);
        Assert.Equal("THURSDAY", (string?)schedule["weekly"]);
        Assert.Equal("H_0400_0600", (string?)schedule["daily"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("backupSchedule.weekly", (string?)(await TestCloud.ReadJsonAsync(bad))["badRequest"]!["message"]);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal("false", (string?)XElement.Parse(await after.Content.ReadAsStringAsync()).Attribute("enabled"));
    }

    [Fact]
    public async Task Limits_Xml_HasRateAndAbsoluteElements()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Get, url + "/limits.xml", token);

        var limits = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "limits", limits.Name);
        var post = limits.Element(Ns + "rate")!.Elements(Ns + "limit").First();
        Assert.Equal("POST", (string?)post.Attribute("verb"));
        Assert.Equal("*", (string?)post.Attribute("URI"));
        Assert.Equal(".*", (string?)post.Attribute("regex"));
        Assert.Equal("MINUTE", (string?)post.Attribute("unit"));
        Assert.Contains(limits.Element(Ns + "absolute")!.Elements(Ns + "limit"),
            l => (string?)l.Attribute("name") == "maxIPGroupMembers" && (string?)l.Attribute("value") == "25");
    }

    [Fact]
    public async Task Versions_RootListsV1_AndV10DescribesItself()
    {
        await using var cloud = await TestCloud.StartAsync();

        using var root = await cloud.Http.GetAsync("");
        using var version = await cloud.SendAsync(HttpMethod.Get, "v1.0/", null, accept: "application/xml");

        Assert.Equal("v1.0", (string?)(await TestCloud.ReadJsonAsync(root))["versions"]![0]!["id"]);
        var xml = XElement.Parse(await version.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "version", xml.Name);
        Assert.Equal("v1.0", (string?)xml.Attribute("id"));
    }

    [Fact]
    public async Task UnknownPathAndWrongMethod_AreItemNotFoundAndBadMethod()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var unknown = await cloud.SendAsync(HttpMethod.Get, url + "/nothing-here", token);
        using var wrong = await cloud.SendAsync(HttpMethod.Patch, url + "/flavors", token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, (int)(await TestCloud.ReadJsonAsync(unknown))["itemNotFound"]!["code"]!);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Equal(405, (int)(await TestCloud.ReadJsonAsync(wrong))["badMethod"]!["code"]!);
    }
}
