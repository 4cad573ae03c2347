using System.Globalization;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>The v2 (Nova-compatible, Rackspace next gen) JSON representations.</summary>
internal static class V2Views
{
    public static string Status(string status) => status switch
    {
        ServerStatus.QueueResize or ServerStatus.PrepResize => ServerStatus.Resize,
        _ => status,
    };

    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Links(V2Links links, string collection, string id) =>
    [
        new JsonObject { ["href"] = links.Self(collection, id), ["rel"] = "self" },
        new JsonObject { ["href"] = links.Bookmark(collection, id), ["rel"] = "bookmark" },
    ];

    public static JsonObject Reference(V2Links links, string collection, string id) => new()
    {
        ["id"] = id,
        ["links"] = new JsonArray(new JsonObject { ["href"] = links.Bookmark(collection, id), ["rel"] = "bookmark" }),
    };

    public static JsonObject ServerSummary(ServerSnapshot server, V2Links links) => new()
    {
        ["id"] = server.Id,
        ["name"] = server.Name,
        ["links"] = Links(links, "servers", server.Id),
    };

    public static JsonObject Server(ServerSnapshot server, V2Links links) => new()
    {
        ["id"] = server.Id,
        ["name"] = server.Name,
        ["tenant_id"] = server.TenantId,
        ["user_id"] = $"user-{server.TenantId}",
        ["status"] = Status(server.Status),
        ["progress"] = server.Progress,
        ["hostId"] = server.HostId,
        ["image"] = Reference(links, "images", server.ImageId),
        ["flavor"] = Reference(links, "flavors", server.FlavorId),
        ["metadata"] = Metadata(server.Metadata),
        ["addresses"] = Addresses(server),
        ["accessIPv4"] = server.PublicAddresses[0],
        ["accessIPv6"] = server.PublicIPv6,
        ["created"] = Time(server.Created),
        ["updated"] = Time(server.Updated),
        ["links"] = Links(links, "servers", server.Id),
        ["key_name"] = null,
        ["config_drive"] = server.ConfigDrive ? "True" : string.Empty,
        ["OS-DCF:diskConfig"] = server.DiskConfig,
        ["OS-EXT-STS:vm_state"] = VmState(server.Status),
        ["OS-EXT-STS:task_state"] = TaskState(server.Status),
        ["OS-EXT-STS:power_state"] = server.Status is ServerStatus.Active or ServerStatus.VerifyResize or ServerStatus.Password ? 1 : 0,
    };

    public static JsonObject Metadata(IReadOnlyDictionary<string, string> metadata)
    {
        var result = new JsonObject();
        foreach (var (key, value) in metadata)
        {
            result[key] = value;
        }

        return result;
    }

    public static JsonObject Addresses(ServerSnapshot server)
    {
        var publicAddresses = new JsonArray();
        foreach (var address in server.PublicAddresses)
        {
            publicAddresses.Add(new JsonObject { ["version"] = 4, ["addr"] = address });
        }

        publicAddresses.Add(new JsonObject { ["version"] = 6, ["addr"] = server.PublicIPv6 });
        var privateAddresses = new JsonArray();
        foreach (var address in server.PrivateAddresses)
        {
            privateAddresses.Add(new JsonObject { ["version"] = 4, ["addr"] = address });
        }

        return new JsonObject { ["public"] = publicAddresses, ["private"] = privateAddresses };
    }

    private static string VmState(string status) => status switch
    {
        ServerStatus.Build => "building",
        ServerStatus.Error => "error",
        ServerStatus.Deleted => "deleted",
        ServerStatus.VerifyResize => "resized",
        ServerStatus.Rebuild => "active",
        _ => "active",
    };

    private static string? TaskState(string status) => status switch
    {
        ServerStatus.Build => "spawning",
        ServerStatus.Reboot => "rebooting",
        ServerStatus.HardReboot => "rebooting_hard",
        ServerStatus.Rebuild => "rebuilding",
        ServerStatus.Password => "updating_password",
        ServerStatus.QueueResize or ServerStatus.PrepResize => "resize_prep",
        ServerStatus.Resize => "resize_migrating",
        ServerStatus.RevertResize => "resize_reverting",
        _ => null,
    };
}
