using System.Net;
using System.Text;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.Tests.TestSupport;
using Autoscaler.RackspaceApi.V1;
using Autoscaler.RackspaceApi.V1.Models;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.Tests.V1;

/// <summary>Every v1.0 operation over real HTTP against the emulator, in JSON and in XML.</summary>
public sealed class V1EmulatorTests
{
    internal static readonly ServerWaitOptions FastWait = new()
    {
        InitialPollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(50),
        ConfirmationInterval = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    };

    [Fact]
    public async Task Authenticate_DemoAccount_Returns204AndManagementUrl()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1);

        var identity = await session.Get<CloudServersV1Client>().AuthenticateAsync(CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success204, identity.EventType);
        Assert.Equal(new Uri(session.Cloud.BaseAddress, "v1.0/100000"), identity.ServerManagementUrl);
        Assert.Equal("100000", identity.TenantId);
        Assert.NotNull(identity.StorageUrl);
        Assert.NotNull(identity.CdnManagementUrl);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task Servers_CreateGetListUpdateDelete_Work(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;

        var created = await client.Servers.CreateAsync(
            new V1ServerCreateRequest
            {
                Name = "web-1",
                ImageId = image,
                FlavorId = flavor,
                Metadata = new Dictionary<string, string> { ["Server Label"] = "Web Head 1" },
                Personality = [new PersonalityFile("/etc/banner.txt", Encoding.UTF8.GetBytes("welcome"))],
            },
            CancellationToken.None);
        var id = created.Value.Id;
        var details = await client.Servers.GetAsync(id, CancellationToken.None);
        var list = await client.Servers.ListAsync(null, CancellationToken.None);
        var detailList = await client.Servers.ListDetailAsync(null, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var renamed = await client.Servers.UpdateAsync(id, "web-1-renamed", "N3wPassw0rd", CancellationToken.None);
        var afterRename = await client.Servers.GetAsync(id, CancellationToken.None);
        var deleted = await client.Servers.DeleteAsync(id, CancellationToken.None);
        var gone = await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Deleted], FastWait, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success202, created.EventType);
        Assert.Equal("BUILD", created.Value.Status);
        Assert.False(string.IsNullOrEmpty(created.Value.AdminPass));
        Assert.NotEmpty(created.Value.Addresses!.Public);
        Assert.Equal(format == RackspaceFormat.Xml, created.RawBody.TrimStart().StartsWith('<'));
        Assert.Equal("web-1", details.Value.Name);
        Assert.Equal(image, details.Value.ImageId);
        Assert.Equal(flavor, details.Value.FlavorId);
        Assert.Equal("Web Head 1", details.Value.Metadata["Server Label"]);
        Assert.Null(details.Value.AdminPass);
        var file = Assert.Single(session.Cloud.Model.GetServers(includeDeleted: true).Single(s => s.LegacyId == id).Personality);
        Assert.Equal("/etc/banner.txt", file.Path);
        Assert.Equal("welcome", Encoding.UTF8.GetString(file.DecodeContents()));
        Assert.Contains(list.Value, s => s.Id == id && s.Name == "web-1");
        Assert.Contains(detailList.Value, s => s.Id == id && s.HostId is not null);
        Assert.Equal(RackspaceEventType.Success204, renamed.EventType);
        Assert.Equal("web-1-renamed", afterRename.Value.Name);
        Assert.True(deleted.EventType is RackspaceEventType.Success202 or RackspaceEventType.Success204);
        Assert.True(gone is null || gone.Status == ServerStatuses.Deleted);
    }

    [Fact]
    public async Task DeleteServer_EmulatorAnswers204_Accepted()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, cloud => cloud.V1DeleteServerStatusCode = 204);
        var client = session.Get<CloudServersV1Client>();
        var id = await CreateServerAsync(client, "del-204");

        var deleted = await client.Servers.DeleteAsync(id, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success204, deleted.EventType);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task Addresses_ListAllPublicPrivate_Agree(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        var id = await CreateServerAsync(client, "ips-1");

        var all = await client.Addresses.ListAsync(id, CancellationToken.None);
        var publicIps = await client.Addresses.ListPublicAsync(id, CancellationToken.None);
        var privateIps = await client.Addresses.ListPrivateAsync(id, CancellationToken.None);

        Assert.NotEmpty(all.Value.Public);
        Assert.NotEmpty(all.Value.Private);
        Assert.Equal(all.Value.Public, publicIps.Value);
        Assert.Equal(all.Value.Private, privateIps.Value);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task SharedIpGroups_CreateShareUnshareDelete_Work(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        var first = await CreateServerAsync(client, "group-a");
        var second = await CreateServerAsync(client, "group-b");
        await client.Servers.WaitForServerStatusAsync(first, [ServerStatuses.Active], FastWait, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(second, [ServerStatuses.Active], FastWait, CancellationToken.None);

        var group = await client.SharedIpGroups.CreateAsync("front", first, CancellationToken.None);
        var fetched = await client.SharedIpGroups.GetAsync(group.Value.Id, CancellationToken.None);
        var list = await client.SharedIpGroups.ListAsync(null, CancellationToken.None);
        var detail = await client.SharedIpGroups.ListDetailAsync(null, CancellationToken.None);
        var address = IPAddress.Parse((await client.Addresses.ListPublicAsync(first, CancellationToken.None)).Value[0]);
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var member = await client.Servers.CreateAsync(
            new V1ServerCreateRequest { Name = "group-c", ImageId = image, FlavorId = flavor, SharedIpGroupId = group.Value.Id }, CancellationToken.None);
        var memberDetails = await client.Servers.GetAsync(member.Value.Id, CancellationToken.None);
        var shared = await client.Addresses.ShareAsync(second, address, group.Value.Id, configureServer: true, CancellationToken.None);
        var unshared = await client.Addresses.UnshareAsync(second, address, CancellationToken.None);
        await client.Servers.DeleteAsync(first, CancellationToken.None);
        await client.Servers.DeleteAsync(second, CancellationToken.None);
        await client.Servers.DeleteAsync(member.Value.Id, CancellationToken.None);
        var deleted = await client.SharedIpGroups.DeleteAsync(group.Value.Id, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success201, group.EventType);
        Assert.Equal("front", fetched.Value.Name);
        Assert.Contains(first, fetched.Value.Servers);
        Assert.Contains(list.Value, g => g.Id == group.Value.Id && g.Name == "front");
        Assert.Contains(detail.Value, g => g.Id == group.Value.Id && g.Servers.Contains(first));
        Assert.Equal(group.Value.Id, memberDetails.Value.SharedIpGroupId);
        Assert.Equal(RackspaceEventType.Success202, shared.EventType);
        Assert.Equal(RackspaceEventType.Success202, unshared.EventType);
        Assert.Equal(RackspaceEventType.Success204, deleted.EventType);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task Actions_RebootRebuildResizeConfirmRevert_Work(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        var flavors = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value;
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var id = await CreateServerAsync(client, "actions-1");
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);

        var soft = await client.Actions.RebootAsync(id, RebootKind.Soft, CancellationToken.None);
        var softStatus = (await client.Servers.GetAsync(id, CancellationToken.None)).Value.Status;
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var hard = await client.Actions.RebootAsync(id, RebootKind.Hard, CancellationToken.None);
        var hardStatus = (await client.Servers.GetAsync(id, CancellationToken.None)).Value.Status;
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var rebuild = await client.Actions.RebuildAsync(id, image, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var resize = await client.Actions.ResizeAsync(id, flavors[1].Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.VerifyResize], FastWait, CancellationToken.None);
        var confirm = await client.Actions.ConfirmResizeAsync(id, CancellationToken.None);
        var resized = await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);
        await client.Actions.ResizeAsync(id, flavors[2].Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.VerifyResize], FastWait, CancellationToken.None);
        var revert = await client.Actions.RevertResizeAsync(id, CancellationToken.None);
        var reverted = await client.Servers.WaitForServerStatusAsync(id, [ServerStatuses.Active], FastWait, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success202, soft.EventType);
        Assert.Equal("REBOOT", softStatus);
        Assert.Equal(RackspaceEventType.Success202, hard.EventType);
        Assert.Equal("HARD_REBOOT", hardStatus);
        Assert.Equal(RackspaceEventType.Success202, rebuild.EventType);
        Assert.Equal(RackspaceEventType.Success202, resize.EventType);
        Assert.Equal(RackspaceEventType.Success204, confirm.EventType);
        Assert.Equal(flavors[1].Id, resized!.FlavorId);
        Assert.Equal(RackspaceEventType.Success202, revert.EventType);
        Assert.Equal(flavors[1].Id, reverted!.FlavorId);
    }

    [Fact]
    public async Task Actions_RebootWhileBuilding_ThrowsBuildInProgress()
    {
        await using var session = await EmulatorSession.StartAsync(
            RackspaceDialect.V1, cloud => cloud.BuildTime = TimeSpan.FromMinutes(10));
        var client = session.Get<CloudServersV1Client>();
        var id = await CreateServerAsync(client, "busy-1");

        var fault = await Assert.ThrowsAsync<BuildInProgressException>(
            () => client.Actions.RebootAsync(id, RebootKind.Hard, CancellationToken.None));

        Assert.Equal(409, fault.Code);
        Assert.Equal("buildInProgress", fault.FaultName);
        Assert.Equal(RackspaceEventType.BuildInProgress409, fault.EventType);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task FlavorsAndImages_ListDetailGetCreateDelete_Work(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();

        var flavors = await client.Flavors.ListAsync(null, CancellationToken.None);
        var flavorDetails = await client.Flavors.ListDetailAsync(null, CancellationToken.None);
        var flavor = await client.Flavors.GetAsync(flavors.Value[0].Id, CancellationToken.None);
        var images = await client.Images.ListAsync(null, CancellationToken.None);
        var imageDetails = await client.Images.ListDetailAsync(null, CancellationToken.None);
        var image = await client.Images.GetAsync(images.Value[0].Id, CancellationToken.None);
        var serverId = await CreateServerAsync(client, "to-backup");
        await client.Servers.WaitForServerStatusAsync(serverId, [ServerStatuses.Active], FastWait, CancellationToken.None);
        var backup = await client.Images.CreateAsync(serverId, "Just in case", CancellationToken.None);
        var backupDetails = await client.Images.GetAsync(backup.Value.Id, CancellationToken.None);
        var deleted = await client.Images.DeleteAsync(backup.Value.Id, CancellationToken.None);

        Assert.All(flavorDetails.Value, f => Assert.True(f.Ram > 0 && f.Disk > 0));
        Assert.Equal(flavors.Value[0].Name, flavor.Value.Name);
        Assert.NotNull(flavor.Value.Ram);
        Assert.All(imageDetails.Value, i => Assert.NotNull(i.Status));
        Assert.Equal(images.Value[0].Name, image.Value.Name);
        Assert.Equal(RackspaceEventType.Success202, backup.EventType);
        Assert.Equal("Just in case", backupDetails.Value.Name);
        Assert.Equal(serverId, backupDetails.Value.ServerId);
        Assert.Equal(RackspaceEventType.Success204, deleted.EventType);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task BackupSchedule_SetGetDisable_Work(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        var id = await CreateServerAsync(client, "backup-1");

        var set = await client.BackupSchedules.SetAsync(
            id, new V1BackupSchedule { Enabled = true, Weekly = "THURSDAY", Daily = "H_0400_0600" }, CancellationToken.None);
        var schedule = await client.BackupSchedules.GetAsync(id, CancellationToken.None);
        var disabled = await client.BackupSchedules.DisableAsync(id, CancellationToken.None);
        var after = await client.BackupSchedules.GetAsync(id, CancellationToken.None);

        Assert.Equal(RackspaceEventType.Success204, set.EventType);
        Assert.Equal(new V1BackupSchedule { Enabled = true, Weekly = "THURSDAY", Daily = "H_0400_0600" }, schedule.Value);
        Assert.Equal(RackspaceEventType.Success204, disabled.EventType);
        Assert.False(after.Value.Enabled);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task LimitsAndVersions_Read(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();

        var limits = await client.Account.GetLimitsAsync(CancellationToken.None);
        var versions = await client.Account.ListVersionsAsync(CancellationToken.None);
        var version = await client.Account.GetVersionAsync(CancellationToken.None);

        Assert.Contains(limits.Value.Rate, r => r.Verb == "POST" && r.Uri == "*" && r.Value == 10 && r.Unit == "MINUTE");
        Assert.True(limits.Value.Absolute["maxTotalRAMSize"] > 0);
        Assert.Contains(versions.Value, v => v.Id == "v1.0");
        Assert.Equal("v1.0", version.Value.Id);
    }

    [Theory]
    [InlineData(RackspaceFormat.Json)]
    [InlineData(RackspaceFormat.Xml)]
    public async Task ListServers_LimitOffsetPaging_Pages(RackspaceFormat format)
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1, configureClient: o => o.Format = format);
        var client = session.Get<CloudServersV1Client>();
        for (var i = 0; i < 5; i++)
        {
            await CreateServerAsync(client, $"page-{i}");
        }

        var first = await client.Servers.ListAsync(new V1ListQuery(Limit: 2), CancellationToken.None);
        var third = await client.Servers.ListAsync(new V1ListQuery(Limit: 2, Offset: 4), CancellationToken.None);
        var pastEnd = await client.Servers.ListAsync(new V1ListQuery(Limit: 2, Offset: 50), CancellationToken.None);

        Assert.Equal(2, first.Value.Count);
        Assert.Single(third.Value);
        Assert.Empty(pastEnd.Value);
        Assert.Equal(RackspaceEventType.Success200, pastEnd.EventType);
    }

    [Fact]
    public async Task ListServers_ChangesSinceNothingChanged_Returns304AndEmptyList()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1);
        var client = session.Get<CloudServersV1Client>();
        await CreateServerAsync(client, "changed-1");
        var future = session.Cloud.Model.TimeProvider.GetUtcNow().AddMinutes(5);

        var response = await client.Servers.ListDetailAsync(new V1ListQuery(ChangesSince: future), CancellationToken.None);

        Assert.True(response.IsNotModified);
        Assert.Equal(RackspaceEventType.NotModified304, response.EventType);
        Assert.Empty(response.Value);
    }

    [Fact]
    public async Task Provisioner_V1_CreateListGetRebootRebuildDelete_Work()
    {
        await using var session = await EmulatorSession.StartAsync(RackspaceDialect.V1);
        var provisioner = session.Get<IServerProvisioner>();
        var client = session.Get<CloudServersV1Client>();
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await provisioner.CreateServerAsync(
            new ServerCreateSpec("as-us-3", image, flavor, new Dictionary<string, string> { ["fleet"] = "us" }, [new PersonalityFile("/etc/t", [1])]),
            CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(int.Parse(created.Id, System.Globalization.CultureInfo.InvariantCulture), [ServerStatuses.Active], FastWait, CancellationToken.None);
        var listed = await provisioner.ListServersAsync(CancellationToken.None);
        await provisioner.RebootServerAsync(created.Id, RebootKind.Soft, CancellationToken.None);
        var rebooting = await provisioner.GetServerAsync(created.Id, CancellationToken.None);
        await client.Servers.WaitForServerStatusAsync(int.Parse(created.Id, System.Globalization.CultureInfo.InvariantCulture), [ServerStatuses.Active], FastWait, CancellationToken.None);
        await provisioner.RebuildServerAsync(created.Id, image, CancellationToken.None);
        var rebuilding = await provisioner.GetServerAsync(created.Id, CancellationToken.None);
        var deleted = await provisioner.DeleteServerAsync(created.Id, CancellationToken.None);
        var afterDelete = await provisioner.ListServersAsync(CancellationToken.None);

        Assert.Equal("BUILD", created.Status);
        var found = Assert.Single(listed, s => s.Name == "as-us-3");
        Assert.Equal("ACTIVE", found.Status);
        Assert.Equal("us", found.Metadata["fleet"]);
        Assert.NotEmpty(found.PublicAddresses);
        Assert.Equal("REBOOT", rebooting!.Status);
        Assert.Equal("REBUILD", rebuilding!.Status);
        Assert.True(deleted);
        Assert.DoesNotContain(afterDelete, s => s.Id == created.Id);
        Assert.Null(await provisioner.GetServerAsync("999999", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => provisioner.GetServerAsync("not-a-number", CancellationToken.None));
    }

    internal static async Task<int> CreateServerAsync(CloudServersV1Client client, string name)
    {
        var image = (await client.Images.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var flavor = (await client.Flavors.ListAsync(null, CancellationToken.None)).Value[0].Id;
        var created = await client.Servers.CreateAsync(new V1ServerCreateRequest { Name = name, ImageId = image, FlavorId = flavor }, CancellationToken.None);
        return created.Value.Id;
    }
}
