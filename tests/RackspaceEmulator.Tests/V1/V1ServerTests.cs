using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Autoscaler.RackspaceEmulator.Tests.V1;

/// <summary>The v1.0 guide's sample requests and responses, round-tripped in XML and JSON.</summary>
public sealed class V1ServerTests
{
    private static readonly XNamespace Ns = "http://docs.rackspacecloud.com/servers/api/v1.0";

    private const string CreateServerXml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <server xmlns="http://docs.rackspacecloud.com/servers/api/v1.0" name="new-server-test" imageId="49" flavorId="1">
          <metadata><meta key="My Server Name">Apache1</meta></metadata>
          <personality><file path="/etc/banner.txt">ICAgICAgDQoiQSBjbG91ZCBkb2VzIG5vdCBrbm93IHdoeSBp</file></personality>
        </server>
        """;

    [Fact]
    public async Task CreateServer_XmlSample_Returns202WithBuildStatusAndAdminPassInXml()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateServerXml), "application/xml");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var server = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "server", server.Name);
        Assert.Equal("new-server-test", (string?)server.Attribute("name"));
        Assert.Equal("49", (string?)server.Attribute("imageId"));
        Assert.Equal("1", (string?)server.Attribute("flavorId"));
        Assert.Equal("BUILD", (string?)server.Attribute("status"));
        Assert.Equal("0", (string?)server.Attribute("progress"));
        Assert.False(string.IsNullOrEmpty((string?)server.Attribute("adminPass")));
        Assert.Equal("Apache1", server.Element(Ns + "metadata")!.Elements(Ns + "meta").Single(m => (string?)m.Attribute("key") == "My Server Name").Value);
        Assert.Single(server.Element(Ns + "addresses")!.Element(Ns + "public")!.Elements(Ns + "ip"));
        var created = cloud.Model.GetServers().Single();
        Assert.Equal("/etc/banner.txt", Assert.Single(created.Personality).Path);
        Assert.Equal(int.Parse((string)server.Attribute("id")!), created.LegacyId);
    }

    [Fact]
    public async Task CreateServer_JsonSample_Returns202WithTheDocumentedFields()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Json(JsonNode.Parse(
            """
            {"server":{"name":"new-server-test","imageId":49,"flavorId":1,
              "metadata":{"My Server Name":"Apache1"},
              "personality":[{"path":"/etc/banner.txt","contents":"ICAgICAgDQoiQSBjbG91ZCBkb2VzIG5vdCBrbm93IHdoeSBp"}]}}
            """)!));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var server = (await TestCloud.ReadJsonAsync(response))["server"]!;
        Assert.IsType<int>((int)server["id"]!);
        Assert.Equal(49, (int)server["imageId"]!);
        Assert.Equal(1, (int)server["flavorId"]!);
        Assert.Equal("BUILD", (string?)server["status"]);
        Assert.Equal(0, (int)server["progress"]!);
        Assert.False(string.IsNullOrEmpty((string?)server["hostId"]));
        Assert.False(string.IsNullOrEmpty((string?)server["adminPass"]));
        Assert.Equal("Apache1", (string?)server["metadata"]!["My Server Name"]);
        Assert.Single(server["addresses"]!["public"]!.AsArray());
        Assert.Single(server["addresses"]!["private"]!.AsArray());
    }

    [Fact]
    public async Task GetServer_ExtensionWinsOverAccept()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateServerXml));
        var id = (int)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;

        using var json = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}.json", token, accept: "application/xml");
        using var xml = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}.xml", token, accept: "application/json");

        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(id, (int)(await TestCloud.ReadJsonAsync(json))["server"]!["id"]!);
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        Assert.Equal(id.ToString(), (string?)XElement.Parse(await xml.Content.ReadAsStringAsync()).Attribute("id"));
        Assert.NotNull(json.Content.Headers.LastModified);
    }

    [Fact]
    public async Task ListImages_Xml_HasTheSeedsShape()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Get, url + "/images", token, accept: "application/xml");

        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><images xmlns=\"http://docs.rackspacecloud.com/servers/api/v1.0\">", text);
        var images = XElement.Parse(text).Elements(Ns + "image").ToList();
        Assert.Contains(images, i => (string?)i.Attribute("id") == "49" && (string?)i.Attribute("name") == "Ubuntu 10.04 LTS (lucid)");
        Assert.All(images, i => Assert.Equal(["name", "id"], i.Attributes().Select(a => a.Name.LocalName).OrderDescending()));
    }

    [Fact]
    public async Task UpdateAndDelete_Return204And202()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateServerXml));
        var id = (int)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;

        using var renamed = await cloud.SendAsync(HttpMethod.Put, $"{url}/servers/{id}", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"renamed\"/>"));
        using var deleted = await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token);
        using var missing = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/{id}", token, accept: "application/xml");

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal("renamed", cloud.Model.GetServers(includeDeleted: true).Single().Name);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var fault = XElement.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "itemNotFound", fault.Name);
        Assert.Equal("404", (string?)fault.Attribute("code"));
        Assert.False(string.IsNullOrEmpty(fault.Element(Ns + "message")?.Value));
    }

    [Fact]
    public async Task ListServers_LimitAndOffset_PageAndPastTheEndIsEmpty()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        for (var i = 0; i < 5; i++)
        {
            (await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
                TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"s{i}\" imageId=\"49\" flavorId=\"1\"/>"))).Dispose();
        }

        using var page = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers?limit=2&offset=2", token);
        using var past = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers?offset=10", token);
        using var bad = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers?limit=-1", token);

        Assert.Equal(["s2", "s3"], (await TestCloud.ReadJsonAsync(page))["servers"]!.AsArray().Select(s => (string)s!["name"]!));
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Empty((await TestCloud.ReadJsonAsync(past))["servers"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("limit", (string?)(await TestCloud.ReadJsonAsync(bad))["badRequest"]!["message"]);
    }

    [Fact]
    public async Task ChangesSince_NothingChanged_Is304_DeletedServersAreListed()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        using var created = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, TestCloud.Xml(CreateServerXml));
        var id = (int)(await TestCloud.ReadJsonAsync(created))["server"]!["id"]!;
        cloud.Time.Advance(TimeSpan.FromMinutes(1));
        var mark = cloud.Time.GetUtcNow().ToUnixTimeSeconds();

        using var unchanged = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/detail?changes-since={mark}", token);
        cloud.Time.Advance(TimeSpan.FromSeconds(1));
        (await cloud.SendAsync(HttpMethod.Delete, $"{url}/servers/{id}", token)).Dispose();
        using var changed = await cloud.SendAsync(HttpMethod.Get, $"{url}/servers/detail?changes-since={mark}", token);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var server = (await TestCloud.ReadJsonAsync(changed))["servers"]!.AsArray().Single()!;
        Assert.Equal(id, (int)server["id"]!);
        Assert.Equal("DELETED", (string?)server["status"]);
    }

    [Fact]
    public async Task CreateServer_MissingFlavorId_Is400NamingTheField()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"x\" imageId=\"49\"/>"), "application/xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fault = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "badRequest", fault.Name);
        Assert.Contains("server.flavorId", fault.Element(Ns + "message")!.Value);
    }

    [Fact]
    public async Task CreateServer_UnknownImage_Is400NamingImageId_AndTextBodyIs415()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();

        using var unknown = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"x\" imageId=\"12345\" flavorId=\"1\"/>"));
        using var text = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token, new StringContent("name=x"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("imageId", (string?)(await TestCloud.ReadJsonAsync(unknown))["badRequest"]!["message"]);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(415, (int)(await TestCloud.ReadJsonAsync(text))["badMediaType"]!["code"]!);
    }

    [Fact]
    public async Task CreateServer_SixMetadataItems_Is400NamingMetadata()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        var metas = string.Concat(Enumerable.Range(0, 6).Select(i => $"<meta key=\"k{i}\">v</meta>"));

        using var response = await cloud.SendAsync(HttpMethod.Post, url + "/servers", token,
            TestCloud.Xml($"<server xmlns=\"{Ns}\" name=\"x\" imageId=\"49\" flavorId=\"1\"><metadata>{metas}</metadata></server>"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("metadata", (string?)(await TestCloud.ReadJsonAsync(response))["badRequest"]!["message"]);
    }

    [Fact]
    public async Task SharedIpGroups_BeyondMaxIpGroups_Is413()
    {
        await using var cloud = await TestCloud.StartAsync(o => o.AbsoluteLimits.MaxIpGroups = 1);
        var (token, url) = await cloud.LoginV1Async();
        (await cloud.SendAsync(HttpMethod.Post, url + "/shared_ip_groups", token,
            TestCloud.Json(JsonNode.Parse("""{"sharedIpGroup":{"name":"a"}}""")!))).Dispose();

        using var over = await cloud.SendAsync(HttpMethod.Post, url + "/shared_ip_groups", token,
            TestCloud.Json(JsonNode.Parse("""{"sharedIpGroup":{"name":"b"}}""")!));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("maxIPGroups", (string?)(await TestCloud.ReadJsonAsync(over))["overLimit"]!["message"]);
    }

    [Fact]
    public async Task Authenticate_BadKey_Is401_AndNoCredentialReachesTheAuditLog()
    {
        await using var cloud = await TestCloud.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, cloud.Cloud.IdentityV1Endpoint);
        request.Headers.Add("X-Auth-User", "demo");
        request.Headers.Add("X-Auth-Key", "not-the-key");

        using var response = await cloud.Http.SendAsync(request);
        var (token, _) = await cloud.LoginV1Async();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (int)(await TestCloud.ReadJsonAsync(response))["unauthorized"]!["code"]!);
        var audit = string.Join("\n", cloud.Model.GetAuditLog().Select(e => e.ToString()));
        Assert.Equal(2, cloud.Model.GetAuditLog().Count);
        Assert.DoesNotContain("not-the-key", audit);
        Assert.DoesNotContain(TestCloud.ApiKey, audit);
        Assert.DoesNotContain(token, audit);
    }

    [Fact]
    public async Task ListImages_AcceptEncodingGzip_IsCompressed()
    {
        await using var cloud = await TestCloud.StartAsync();
        var (token, url) = await cloud.LoginV1Async();
        using var request = new HttpRequestMessage(HttpMethod.Get, url + "/images");
        request.Headers.Add("X-Auth-Token", token);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await cloud.Http.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var images = (await JsonNode.ParseAsync(gzip))!["images"]!.AsArray();
        Assert.Contains(images, i => (int)i!["id"]! == 49);
    }

    [Fact]
    public async Task Authenticate_Returns204WithDocumentedHeaders()
    {
        await using var cloud = await TestCloud.StartAsync();

        var (token, url) = await cloud.LoginV1Async();

        Assert.Equal($"{cloud.Cloud.BaseAddress}v1.0/100000", url);
        Assert.Equal(32, token.Length);
    }
}
