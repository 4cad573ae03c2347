using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V2;
using Autoscaler.RackspaceApi.V2.Models;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.Tests.V2;

/// <summary>v2 actions, metadata, flavors, images and limits over real HTTP against the emulator.</summary>
public sealed class V2OperationsEmulatorTests
{
    private static readonly ServerWaitOptions FastWait = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(50),
        ConfirmationInterval = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public async Task Actions_RebootRebuildResizeConfirmRevertPassword_Work()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var flavors = (await client.Flavors.ListAsync(CancellationToken.None)).Value;
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var id = await ActiveServerAsync(client, "act-1");

        var soft = await client.Actions.RebootAsync(id, RebootKind.Soft, CancellationToken.None);
        var softStatus = (await client.Servers.GetAsync(id, CancellationToken.None)).Value.Status;
        await Active(client, id);
        var rebuild = await client.Actions.RebuildAsync(id, image, "act-1-rebuilt", null, new Dictionary<string, string> { ["v"] = "2" }, CancellationToken.None);
        await Active(client, id);
        var afterRebuild = (await client.Servers.GetAsync(id, CancellationToken.None)).Value;
        var resize = await client.Actions.ResizeAsync(id, flavors[1].Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.VerifyResize], FastWait, CancellationToken.None);
        var confirm = await client.Actions.ConfirmResizeAsync(id, CancellationToken.None);
        var resized = await Active(client, id);
        await client.Actions.ResizeAsync(id, flavors[2].Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.VerifyResize], FastWait, CancellationToken.None);
        var revert = await client.Actions.RevertResizeAsync(id, CancellationToken.None);
        var reverted = await Active(client, id);
        var password = await client.Actions.ChangePasswordAsync(id, "n3w-Passw0rd!", CancellationToken.None);
        var passwordStatus = (await client.Servers.GetAsync(id, CancellationToken.None)).Value.Status;

        Assert.Equal(RackspaceEventType.Success202, soft.EventType);
        Assert.Equal("REBOOT", softStatus);
        Assert.Equal(RackspaceEventType.Success202, rebuild.EventType);
        Assert.Equal("act-1-rebuilt", afterRebuild.Name);
        Assert.Equal(RackspaceEventType.Success202, resize.EventType);
        Assert.Equal(RackspaceEventType.Success204, confirm.EventType);
        Assert.Equal(flavors[1].Id, resized!.Flavor!.Id);
        Assert.Equal(RackspaceEventType.Success202, revert.EventType);
        Assert.Equal(flavors[1].Id, reverted!.Flavor!.Id);
        Assert.Equal(RackspaceEventType.Success202, password.EventType);
        Assert.Equal("PASSWORD", passwordStatus);
    }

    [Fact]
    public async Task CreateImage_FromServer_ReturnsIdFromLocationAndImageCanBeReadAndDeleted()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var id = await ActiveServerAsync(client, "snap-1");

        var created = await client.Actions.CreateImageAsync(id, "snap-1-image", new Dictionary<string, string> { ["k"] = "v" }, CancellationToken.None);
        var image = await client.Images.GetAsync(created.Value!, CancellationToken.None);
        var detail = await client.Images.ListDetailAsync(CancellationToken.None);
        var deleted = await client.Images.DeleteAsync(created.Value!, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success202, created.EventType);
        Assert.Equal("snap-1-image", image.Value.Name);
        Assert.Contains(detail.Value, i => i.Id == created.Value && i.Status is not null);
        Assert.Equal(RackspaceEventType.Success204, deleted.EventType);
    }

    [Fact]
    public async Task Metadata_ListReplaceMergeGetSetDelete_Work()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var id = await ActiveServerAsync(client, "meta-1");

        var replaced = await client.Metadata.ReplaceAsync(id, new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, CancellationToken.None);
        var merged = await client.Metadata.MergeAsync(id, new Dictionary<string, string> { ["b"] = "20", ["c"] = "3" }, CancellationToken.None);
        var set = await client.Metadata.SetAsync(id, "d", "4", CancellationToken.None);
        var one = await client.Metadata.GetAsync(id, "b", CancellationToken.None);
        var deleted = await client.Metadata.DeleteAsync(id, "a", CancellationToken.None);
        var all = await client.Metadata.ListAsync(id, CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, replaced.Value);
        Assert.Equal("20", merged.Value["b"]);
        Assert.Equal("4", set.Value);
        Assert.Equal("20", one.Value);
        Assert.Equal(RackspaceEventType.Success204, deleted.EventType);
        Assert.Equal(new Dictionary<string, string> { ["b"] = "20", ["c"] = "3", ["d"] = "4" }, all.Value);
    }

    [Fact]
    public async Task FlavorsImagesLimits_ListDetailGet_Work()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();

        var flavors = await client.Flavors.ListAsync(CancellationToken.None);
        var flavorDetails = await client.Flavors.ListDetailAsync(CancellationToken.None);
        var flavor = await client.Flavors.GetAsync(flavors.Value[0].Id, CancellationToken.None);
        var images = await client.Images.ListAsync(CancellationToken.None);
        var image = await client.Images.GetAsync(images.Value[0].Id, CancellationToken.None);
        var limits = await client.Limits.GetAsync(CancellationToken.None);

        Assert.All(flavorDetails.Value, f => Assert.True(f.Ram > 0));
        Assert.Equal(flavors.Value[0].Name, flavor.Value.Name);
        Assert.NotNull(flavor.Value.Vcpus);
        Assert.Equal("ACTIVE", image.Value.Status);
        Assert.Contains(limits.Value.Rate, group => group.Limit.Any(l => l.Verb == "POST"));
        Assert.True(limits.Value.Absolute["maxTotalInstances"] > 0);
    }

    [Fact]
    public async Task UpdateServer_Rename_ReturnsServer()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var id = await ActiveServerAsync(client, "old-name");

        var updated = await client.Servers.UpdateAsync(id, "new-name", null, null, CancellationToken.None);

        Assert.Equal("new-name", updated.Value.Name);
        Assert.Equal("new-name", (await client.Servers.GetAsync(id, CancellationToken.None)).Value.Name);
    }

    [Fact]
    public async Task ListDetail_Filters_ByNameAndStatus()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V2);
        var client = session.Get<CloudServersV2Client>();
        var active = await ActiveServerAsync(client, "filter-a");
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;
        await client.Servers.CreateAsync(new V2ServerCreateRequest { Name = "other-b", ImageRef = image, FlavorRef = flavor }, CancellationToken.None);

        var byName = await client.Servers.ListDetailAsync(new V2ServerQuery { Name = "filter" }, CancellationToken.None);
        var byStatus = await client.Servers.ListDetailAsync(new V2ServerQuery { Status = "ACTIVE" }, CancellationToken.None);
        var byImage = await client.Servers.ListDetailAsync(new V2ServerQuery { Image = image, Flavor = flavor }, CancellationToken.None);

        Assert.Equal(active, Assert.Single(byName.Value.Servers).Id);
        Assert.Equal(active, Assert.Single(byStatus.Value.Servers).Id);
        Assert.Equal(2, byImage.Value.Servers.Count);
    }

    private static Task<V2Server?> Active(CloudServersV2Client client, string id) =>
        client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);

    private static async Task<string> ActiveServerAsync(CloudServersV2Client client, string name)
    {
        var image = (await client.Images.ListAsync(CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(CancellationToken.None)).Value[0].Id;
        var created = await client.Servers.CreateAsync(new V2ServerCreateRequest { Name = name, ImageRef = image, FlavorRef = flavor }, CancellationToken.None);
        await Active(client, created.Value.Id);
        return created.Value.Id;
    }
}
