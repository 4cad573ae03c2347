using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceApi.Provisioning;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>The v1.0 request bodies of the developer guide, JSON and XML.</summary>
internal static class V1Documents
{
    private static readonly XNamespace Ns = V1XmlReader.Namespace;

    public static V1Document CreateServer(V1ServerCreateRequest request)
    {
        var json = new JsonObject { ["name"] = request.Name, ["imageId"] = request.ImageId, ["flavorId"] = request.FlavorId };
        var xml = new XElement(Ns + "server", new XAttribute("name", request.Name), new XAttribute("imageId", Text(request.ImageId)),
            new XAttribute("flavorId", Text(request.FlavorId)));
        if (request.SharedIpGroupId is { } group)
        {
            json["sharedIpGroupId"] = group;
            xml.Add(new XAttribute("sharedIpGroupId", Text(group)));
        }

        if (request.Metadata.Count > 0)
        {
            var metadata = new JsonObject();
            foreach (var (key, value) in request.Metadata)
            {
                metadata[key] = value;
            }

            json["metadata"] = metadata;
            xml.Add(new XElement(Ns + "metadata", request.Metadata.Select(m => new XElement(Ns + "meta", new XAttribute("key", m.Key), m.Value))));
        }

        if (request.Personality.Count > 0)
        {
            json["personality"] = new JsonArray(request.Personality.Select(File).ToArray());
            xml.Add(new XElement(Ns + "personality", request.Personality.Select(f =>
                new XElement(Ns + "file", new XAttribute("path", f.Path), Convert.ToBase64String(f.Contents)))));
        }

        return new V1Document(new JsonObject { ["server"] = json }, xml);
    }

    public static V1Document UpdateServer(string? name, string? adminPass)
    {
        var json = new JsonObject();
        var xml = new XElement(Ns + "server");
        if (name is not null)
        {
            json["name"] = name;
            xml.Add(new XAttribute("name", name));
        }

        if (adminPass is not null)
        {
            json["adminPass"] = adminPass;
            xml.Add(new XAttribute("adminPass", adminPass));
        }

        return new V1Document(new JsonObject { ["server"] = json }, xml);
    }

    public static V1Document ShareIp(int sharedIpGroupId, bool configureServer) => new(
        new JsonObject { ["shareIp"] = new JsonObject { ["sharedIpGroupId"] = sharedIpGroupId, ["configureServer"] = configureServer } },
        new XElement(Ns + "shareIp", new XAttribute("sharedIpGroupId", Text(sharedIpGroupId)), new XAttribute("configureServer", configureServer ? "true" : "false")));

    public static V1Document Reboot(RebootKind kind)
    {
        var type = kind == RebootKind.Hard ? "HARD" : "SOFT";
        return new(new JsonObject { ["reboot"] = new JsonObject { ["type"] = type } }, new XElement(Ns + "reboot", new XAttribute("type", type)));
    }

    public static V1Document Rebuild(int imageId) => new(
        new JsonObject { ["rebuild"] = new JsonObject { ["imageId"] = imageId } },
        new XElement(Ns + "rebuild", new XAttribute("imageId", Text(imageId))));

    public static V1Document Resize(int flavorId) => new(
        new JsonObject { ["resize"] = new JsonObject { ["flavorId"] = flavorId } },
        new XElement(Ns + "resize", new XAttribute("flavorId", Text(flavorId))));

    public static V1Document ConfirmResize() => new(new JsonObject { ["confirmResize"] = null }, new XElement(Ns + "confirmResize"));

    public static V1Document RevertResize() => new(new JsonObject { ["revertResize"] = null }, new XElement(Ns + "revertResize"));

    public static V1Document CreateImage(int serverId, string name) => new(
        new JsonObject { ["image"] = new JsonObject { ["serverId"] = serverId, ["name"] = name } },
        new XElement(Ns + "image", new XAttribute("serverId", Text(serverId)), new XAttribute("name", name)));

    public static V1Document CreateSharedIpGroup(string name, int? serverId)
    {
        var json = new JsonObject { ["name"] = name };
        var xml = new XElement(Ns + "sharedIpGroup", new XAttribute("name", name));
        if (serverId is { } server)
        {
            json["server"] = server;
            xml.Add(new XElement(Ns + "server", new XAttribute("id", Text(server))));
        }

        return new V1Document(new JsonObject { ["sharedIpGroup"] = json }, xml);
    }

    public static V1Document BackupSchedule(V1BackupSchedule schedule)
    {
        var json = new JsonObject { ["enabled"] = schedule.Enabled };
        var xml = new XElement(Ns + "backupSchedule", new XAttribute("enabled", schedule.Enabled ? "true" : "false"));
        if (schedule.Weekly is not null)
        {
            json["weekly"] = schedule.Weekly;
            xml.Add(new XAttribute("weekly", schedule.Weekly));
        }

        if (schedule.Daily is not null)
        {
            json["daily"] = schedule.Daily;
            xml.Add(new XAttribute("daily", schedule.Daily));
        }

        return new V1Document(new JsonObject { ["backupSchedule"] = json }, xml);
    }

    private static JsonNode File(PersonalityFile file) =>
        new JsonObject { ["path"] = file.Path, ["contents"] = Convert.ToBase64String(file.Contents) };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
