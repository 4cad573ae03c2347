using System.Globalization;
using System.Net;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V2;

namespace Autoscaler.RackspaceApi.Tests;

/// <summary>The seed's AddOperation: any verb, path and body through the same authentication, retry and event machinery.</summary>
public sealed class CustomOperationTests
{
    [Fact]
    public async Task V1Custom_SeedsXmlCreateServer_Returns202AndRawXml()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1);
        var client = session.Get<CloudServersV1Client>();
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var xml = string.Format(
            CultureInfo.InvariantCulture,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<server xmlns=\"http://docs.rackspacecloud.com/servers/api/v1.0\" name=\"{0}\" imageId=\"{1}\" flavorId=\"{2}\">"
            + "</server>",
            "custom-1", image, flavor);

        var response = await client.SendCustomAsync(
            new CustomOperation("CreateServer", HttpMethod.Post, "servers", xml, "application/xml"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(RackspaceEventType.Success202, response.EventType);
        Assert.StartsWith("<", response.Value.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("name=\"custom-1\"", response.Value, StringComparison.Ordinal);
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "CreateServer" && r.StatusCode == 202 && r.RawBody == response.Value);
        Assert.Contains((await client.Servers.ListAsync(null, CancellationToken.None)).Value, s => s.Name == "custom-1");
    }

    [Fact]
    public async Task V1Custom_JsonGet_ReturnsRawJson()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1);

        var response = await session.Get<CloudServersV1Client>().SendCustomAsync(
            new CustomOperation("ListFlavorsDetail", HttpMethod.Get, "/flavors/detail?limit=2"), CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success200, response.EventType);
        Assert.StartsWith("{\"flavors\"", response.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V2Custom_FaultAnswer_ReturnedNotThrown()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);

        var response = await session.Get<CloudServersV2Client>().SendCustomAsync(
            new CustomOperation("GetMissing", HttpMethod.Get, "servers/00000000-0000-0000-0000-000000000000"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RackspaceEventType.ItemNotFound404, response.EventType);
        Assert.Contains("itemNotFound", response.RawBody, StringComparison.Ordinal);
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "GetMissing" && r.EventType == RackspaceEventType.ItemNotFound404);
    }

    [Fact]
    public async Task V2Custom_TokenRevoked_ReauthenticatesLikeTypedCalls()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        await client.AuthenticateAsync(CancellationToken.None);
        session.Cloud.Model.RevokeAllTokens();

        var response = await client.SendCustomAsync(new CustomOperation("Limits", HttpMethod.Get, "limits"), CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success200, response.EventType);
        Assert.Equal(2, session.Cloud.Model.GetAuditLog().Count(e => e.Path == "/v2.0/tokens"));
    }
}
