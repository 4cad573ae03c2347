using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>The v1.0 representations of servers, addresses, flavors and images, in JSON and XML.</summary>
internal static class V1Views
{
    private static XNamespace Ns => V1Xml.Ns;

    public static string Status(string status) => status == ServerStatus.RevertResize ? ServerStatus.Resize : status;

    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject ServerJson(ServerSnapshot server, bool detail, string? adminPass = null)
    {
        var json = new JsonObject { ["id"] = server.LegacyId, ["name"] = server.Name };
        if (!detail)
        {
            return json;
        }

        json["imageId"] = server.ImageLegacyId;
        json["flavorId"] = int.TryParse(server.FlavorId, out var flavor) ? flavor : server.FlavorId;
        json["hostId"] = server.HostId;
        json["status"] = Status(server.Status);
        json["progress"] = server.Progress;
        if (server.SharedIpGroupId is { } group)
        {
            json["sharedIpGroupId"] = group;
        }

        if (adminPass is not null)
        {
            json["adminPass"] = adminPass;
        }

        json["addresses"] = AddressesJson(server);
        var metadata = new JsonObject();
        foreach (var (key, value) in server.Metadata)
        {
            metadata[key] = value;
        }

        json["metadata"] = metadata;
        return json;
    }

    public static XElement ServerXml(ServerSnapshot server, bool detail, string? adminPass = null)
    {
        var xml = new XElement(Ns + "server", new XAttribute("id", server.LegacyId), new XAttribute("name", server.Name));
        if (!detail)
        {
            return xml;
        }

        xml.Add(
            new XAttribute("imageId", server.ImageLegacyId),
            new XAttribute("flavorId", server.FlavorId),
            new XAttribute("hostId", server.HostId),
            new XAttribute("status", Status(server.Status)),
            new XAttribute("progress", server.Progress));
        if (server.SharedIpGroupId is { } group)
        {
            xml.Add(new XAttribute("sharedIpGroupId", group));
        }

        if (adminPass is not null)
        {
            xml.Add(new XAttribute("adminPass", adminPass));
        }

        xml.Add(new XElement(Ns + "metadata", server.Metadata.Select(m => new XElement(Ns + "meta", new XAttribute("key", m.Key), m.Value))));
        xml.Add(AddressesXml(server));
        return xml;
    }

    public static JsonObject AddressesJson(ServerSnapshot server) => new()
    {
        ["public"] = AddressList(server.PublicAddresses),
        ["private"] = AddressList(server.PrivateAddresses),
    };

    public static JsonArray AddressList(IEnumerable<string> addresses) => new([.. addresses.Select(a => (JsonNode)a)]);

    public static XElement AddressesXml(ServerSnapshot server) => new(
        Ns + "addresses",
        NetworkXml("public", server.PublicAddresses),
        NetworkXml("private", server.PrivateAddresses));

    public static XElement NetworkXml(string network, IEnumerable<string> addresses) =>
        new(Ns + network, addresses.Select(a => new XElement(Ns + "ip", new XAttribute("addr", a))));

    public static JsonObject FlavorJson(FlavorRecord flavor, bool detail)
    {
        var json = new JsonObject { ["id"] = flavor.LegacyId, ["name"] = flavor.Name };
        if (detail)
        {
            json["ram"] = flavor.Ram;
            json["disk"] = flavor.Disk;
        }

        return json;
    }

    public static XElement FlavorXml(FlavorRecord flavor, bool detail)
    {
        var xml = new XElement(Ns + "flavor", new XAttribute("id", flavor.Id), new XAttribute("name", flavor.Name));
        if (detail)
        {
            xml.Add(new XAttribute("ram", flavor.Ram), new XAttribute("disk", flavor.Disk));
        }

        return xml;
    }

    public static JsonObject ImageJson(ImageSnapshot image, bool detail)
    {
        var json = new JsonObject { ["id"] = image.LegacyId, ["name"] = image.Name };
        if (!detail)
        {
            return json;
        }

        if (image.ServerLegacyId is { } server)
        {
            json["serverId"] = server;
        }

        json["updated"] = Time(image.Updated);
        json["created"] = Time(image.Created);
        json["status"] = image.Status;
        if (image.Status != "ACTIVE" || image.ServerLegacyId is not null)
        {
            json["progress"] = image.Progress;
        }

        return json;
    }

    public static XElement ImageXml(ImageSnapshot image, bool detail)
    {
        var xml = new XElement(Ns + "image", new XAttribute("id", image.LegacyId), new XAttribute("name", image.Name));
        if (!detail)
        {
            return xml;
        }

        if (image.ServerLegacyId is { } server)
        {
            xml.Add(new XAttribute("serverId", server));
        }

        xml.Add(new XAttribute("updated", Time(image.Updated)), new XAttribute("created", Time(image.Created)), new XAttribute("status", image.Status));
        if (image.Status != "ACTIVE" || image.ServerLegacyId is not null)
        {
            xml.Add(new XAttribute("progress", image.Progress));
        }

        return xml;
    }

    public static JsonObject GroupJson(SharedIpGroupSnapshot group, bool detail)
    {
        var json = new JsonObject { ["id"] = group.Id, ["name"] = group.Name };
        if (detail)
        {
            json["servers"] = new JsonArray([.. group.Servers.Select(s => (JsonNode)s)]);
        }

        return json;
    }

    public static XElement GroupXml(SharedIpGroupSnapshot group, bool detail)
    {
        var xml = new XElement(Ns + "sharedIpGroup", new XAttribute("id", group.Id), new XAttribute("name", group.Name));
        if (detail)
        {
            xml.Add(new XElement(Ns + "servers", group.Servers.Select(s => new XElement(Ns + "server", new XAttribute("id", s)))));
        }

        return xml;
    }

    public static JsonObject List(string name, IEnumerable<JsonNode> items) => new() { [name] = new JsonArray([.. items]) };

    public static XElement ListXml(string name, IEnumerable<XElement> items) => new(Ns + name, items);
}
