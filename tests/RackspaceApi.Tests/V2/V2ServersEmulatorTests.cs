using System.Net;
using System.Text;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceApi.V2.Models;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.Tests.V2;

/// <summary>v2 servers over real HTTP against the emulator.</summary>
public sealed class V2ServersEmulatorTests
{
    private static readonly ServerWaitOptions FastWait = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(50),
        ConfirmationInterval = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public async Task CreateGetListDelete_RoundTrip_Works()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0];
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0];

        var created = await client.Servers.CreateAsync(
            new V2ServerCreateRequest
            {
                Name = "game-eu-1",
                ImageRef = image.Id,
                FlavorRef = flavor.Id,
                Metadata = new Dictionary<string, string> { ["fleet"] = "eu" },
                Personality = [new PersonalityFile("/etc/agent.token", Encoding.UTF8.GetBytes("t0k"))],
                UserData = "#cloud-config",
                ConfigDrive = true,
                Networks = ["00000000-0000-0000-0000-000000000000", "11111111-1111-1111-1111-111111111111"],
                DiskConfig = "AUTO",
            },
            CancellationToken.None);
        var fetched = await client.Servers.GetAsync(created.Value.Id, CancellationToken.None);
        var listed = await client.Servers.ListAsync(null, CancellationToken.None);
        var detailed = await client.Servers.ListDetailAsync(new V2ServerQuery { Name = "game-eu" }, CancellationToken.None);
        var deleted = await client.Servers.DeleteAsync(created.Value.Id, CancellationToken.None);
        var gone = await client.Servers.WaitForServerStatusAsync(created.Value.Id, [ServerStatuses.Deleted], FastWait, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success202, created.EventType);
        Assert.False(string.IsNullOrEmpty(created.Value.AdminPass));
        Assert.NotNull(created.Location);
        Assert.Equal("game-eu-1", fetched.Value.Name);
        Assert.Equal(image.Id, fetched.Value.Image?.Id);
        Assert.Equal(flavor.Id, fetched.Value.Flavor?.Id);
        Assert.Equal("eu", fetched.Value.Metadata["fleet"]);
        var booted = session.Cloud.Model.FindServer(created.Value.Id);
        Assert.NotNull(booted);
        Assert.Equal("#cloud-config", Encoding.UTF8.GetString(Convert.FromBase64String(booted.UserData!)));
        Assert.True(booted.ConfigDrive);
        var file = Assert.Single(booted.Personality);
        Assert.Equal("/etc/agent.token", file.Path);
        Assert.Equal("t0k", Encoding.UTF8.GetString(file.DecodeContents()));
        Assert.Contains(listed.Value.Servers, s => s.Id == created.Value.Id && s.Name == "game-eu-1");
        Assert.Equal(created.Value.Id, Assert.Single(detailed.Value.Servers).Id);
        Assert.True(deleted.EventType is RackspaceEventType.Success204 or RackspaceEventType.Success202);
        Assert.True(gone is null || gone.Status == ServerStatuses.Deleted);
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "CreateServer" && r.StatusCode == 202 && r.RawBody.Contains("adminPass", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitForServerStatus_Build_ReachesActive()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var created = await CreateAsync(client, "wait-1");

        var server = await client.Servers.WaitForServerStatusAsync(created, [ServerStatuses.Active], FastWait, CancellationToken.None);

        Assert.Equal(ServerStatuses.Active, server!.Status);
        Assert.Equal(100, server.Progress);
    }

    [Fact]
    public async Task WaitForServerStatus_BuildFails_ThrowsErrorState()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2, cloud => cloud.Faults = cloud.Faults with { BuildFailureRate = 1.0 });
        var client = session.Get<CloudServersV2Client>();
        var created = await CreateAsync(client, "doomed-1");

        var error = await Assert.ThrowsAsync<ServerErrorStateException>(
            () => client.Servers.WaitForServerStatusAsync(created, [ServerStatuses.Active], FastWait, CancellationToken.None));

        Assert.Equal("ERROR", error.Status);
        Assert.Equal(created, error.ServerId);
    }

    [Fact]
    public async Task WaitForServerStatus_Cancelled_Stops()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V2, cloud => cloud.Faults = cloud.Faults with { BuildHangRate = 1.0 });
        var client = session.Get<CloudServersV2Client>();
        var created = await CreateAsync(client, "hung-1");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Servers.WaitForServerStatusAsync(created, [ServerStatuses.Active], FastWait, cancel.Token));
    }

    [Fact]
    public async Task ListDetail_MarkerPaging_FollowsNextLinks()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateAsync(client, $"page-{i}"));
        }

        var first = await client.Servers.ListDetailAsync(new V2ServerQuery { Limit = 2 }, CancellationToken.None);
        var all = await client.Servers.ListAllDetailAsync(new V2ServerQuery { Limit = 2 }, CancellationToken.None);

        Assert.Equal(2, first.Value.Servers.Count);
        Assert.NotNull(first.Value.NextMarker);
        Assert.Equal(ids.Order(), all.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Get_UnknownServer_ThrowsItemNotFoundWithFaultBody()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);

        var fault = await Assert.ThrowsAsync<ItemNotFoundException>(
            () => session.Get<CloudServersV2Client>().Servers.GetAsync("00000000-0000-0000-0000-00000000dead", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, fault.StatusCode);
        Assert.Equal(404, fault.Code);
        Assert.Equal("itemNotFound", fault.FaultName);
        Assert.Contains("itemNotFound", fault.RawBody, StringComparison.Ordinal);
        Assert.Contains(session.Host.Observer.Records, r => r.Operation == "GetServerDetails" && r.EventType == RackspaceEventType.ItemNotFound404);
    }

    [Fact]
    public async Task Provisioner_CreateListGetRebootRebuildDelete_Works()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var provisioner = session.Get<IServerProvisioner>();
        var client = session.Get<CloudServersV2Client>();
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;
        var spec = new ServerCreateSpec(
            "as-eu-17", image, flavor, new Dictionary<string, string> { ["fleet"] = "eu" },
            [new PersonalityFile("/etc/autoscaler/token", [1, 2, 3])], "#!/bin/sh\necho hi");

        var created = await provisioner.CreateServerAsync(spec, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(created.Id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var listed = await provisioner.ListServersAsync(CancellationToken.None);
        await provisioner.RebootServerAsync(created.Id, RebootKind.Hard, CancellationToken.None);
        var rebooting = await provisioner.GetServerAsync(created.Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(created.Id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        await provisioner.RebuildServerAsync(created.Id, image, CancellationToken.None);
        var rebuilding = await provisioner.GetServerAsync(created.Id, CancellationToken.None);
        var deleted = await provisioner.DeleteServerAsync(created.Id, CancellationToken.None);
        var deletedAgain = await provisioner.DeleteServerAsync(created.Id, CancellationToken.None);

        Assert.Equal("BUILD", created.Status);
        var found = Assert.Single(listed, s => s.Name == "as-eu-17");
        Assert.Equal(created.Id, found.Id);
        Assert.Equal("ACTIVE", found.Status);
        Assert.NotEmpty(found.PublicAddresses);
        Assert.NotEmpty(found.PrivateAddresses);
        Assert.Equal("eu", found.Metadata["fleet"]);
        Assert.Equal("HARD_REBOOT", rebooting!.Status);
        Assert.Equal("REBUILD", rebuilding!.Status);
        Assert.True(deleted);
        Assert.False(deletedAgain);
        Assert.Null(await provisioner.GetServerAsync("00000000-0000-0000-0000-00000000dead", CancellationToken.None));
    }

    private static async Task<string> CreateAsync(CloudServersV2Client client, string name)
    {
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;
        var created = await client.Servers.CreateAsync(
            new V2ServerCreateRequest { Name = name, ImageRef = image, FlavorRef = flavor }, CancellationToken.None);
        return created.Value.Id;
    }
}
