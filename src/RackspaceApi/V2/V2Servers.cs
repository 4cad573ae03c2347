using System.Text;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V2.Models;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 servers: list (filters, marker paging), details, create, update, delete, and waiting for a status.</summary>
public sealed class V2Servers
{
    private readonly RackspaceTransport _transport;
    private readonly ServerStatusWaiter _waiter;
    private readonly string? _region;

    internal V2Servers(RackspaceTransport transport, ServerStatusWaiter waiter, string? region)
    {
        _transport = transport;
        _waiter = waiter;
        _region = region;
    }

    /// <summary>GET /servers: one page of ids, names and links.</summary>
    public Task<RackspaceResponse<V2ServerPage>> ListAsync(V2ServerQuery? query, CancellationToken cancellationToken) =>
        ListCoreAsync("ListServers", "servers", query, cancellationToken);

    /// <summary>GET /servers/detail: one page of full servers.</summary>
    public Task<RackspaceResponse<V2ServerPage>> ListDetailAsync(V2ServerQuery? query, CancellationToken cancellationToken) =>
        ListCoreAsync("ListServersWithDetails", "servers/detail", query, cancellationToken);

    /// <summary>Every server matching the query, following the next-page markers.</summary>
    public async Task<IReadOnlyList<V2Server>> ListAllDetailAsync(V2ServerQuery? query, CancellationToken cancellationToken)
    {
        var all = new List<V2Server>();
        var page = query ?? new V2ServerQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await ListDetailAsync(page, cancellationToken).ConfigureAwait(false);
            all.AddRange(response.Value.Servers);
            if (response.Value.NextMarker is not { } marker || response.Value.Servers.Count == 0 || !seen.Add(marker))
            {
                return all;
            }

            page = page with { Marker = marker };
        }
    }

    /// <summary>GET /servers/{id}.</summary>
    public Task<RackspaceResponse<V2Server>> GetAsync(string serverId, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            Request("GetServerDetails", HttpMethod.Get, $"servers/{QueryString.Segment(serverId)}"),
            text => V2Json.Read<V2ServerEnvelope>(text, "GetServerDetails", e => e.Server, "server").Server!,
            cancellationToken);

    /// <summary>POST /servers (202). Never retried blindly: find a lost create again by its name.</summary>
    public Task<RackspaceResponse<V2CreatedServer>> CreateAsync(V2ServerCreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            Request("CreateServer", HttpMethod.Post, "servers", V2Json.Body(new JsonObject { ["server"] = CreateBody(request) })),
            text => V2Json.Read<V2CreatedServerEnvelope>(text, "CreateServer", e => e.Server, "server").Server!,
            cancellationToken);
    }

    /// <summary>PUT /servers/{id}: renames the server and/or sets its access addresses.</summary>
    public Task<RackspaceResponse<V2Server>> UpdateAsync(
        string serverId, string? name, string? accessIPv4, string? accessIPv6, CancellationToken cancellationToken)
    {
        var server = new JsonObject();
        if (name is not null)
        {
            server["name"] = name;
        }

        if (accessIPv4 is not null)
        {
            server["accessIPv4"] = accessIPv4;
        }

        if (accessIPv6 is not null)
        {
            server["accessIPv6"] = accessIPv6;
        }

        return _transport.SendAsync(
            Request("UpdateServer", HttpMethod.Put, $"servers/{QueryString.Segment(serverId)}", V2Json.Body(new JsonObject { ["server"] = server })),
            text => V2Json.Read<V2ServerEnvelope>(text, "UpdateServer", e => e.Server, "server").Server!,
            cancellationToken);
    }

    /// <summary>DELETE /servers/{id} (204, or 202 on some deployments).</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(string serverId, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            Request("DeleteServer", HttpMethod.Delete, $"servers/{QueryString.Segment(serverId)}"),
            _ => default(NoBody),
            cancellationToken);

    /// <summary>Polls the server until it is in one of <paramref name="statuses"/> (DELETED is reached when the server is gone).</summary>
    /// <returns>The server as last seen, or null when the wanted status was DELETED and the server is gone.</returns>
    /// <exception cref="Faults.ServerErrorStateException">The server went to ERROR (or vanished while not waited to be deleted).</exception>
    /// <exception cref="TimeoutException">The wait's timeout passed first.</exception>
    public Task<V2Server?> WaitForServerStatusAsync(
        string serverId, IReadOnlyCollection<string> statuses, ServerWaitOptions? waitOptions, CancellationToken cancellationToken) =>
        _waiter.WaitAsync(
            serverId,
            statuses,
            waitOptions ?? ServerWaitOptions.Default,
            async ct =>
            {
                try
                {
                    var server = (await GetAsync(serverId, ct).ConfigureAwait(false)).Value;
                    return (server, server.Status);
                }
                catch (Faults.ItemNotFoundException)
                {
                    return ((V2Server?)null, ServerStatuses.Deleted);
                }
            },
            cancellationToken);

    private Task<RackspaceResponse<V2ServerPage>> ListCoreAsync(
        string operation, string path, V2ServerQuery? query, CancellationToken cancellationToken)
    {
        var url = new QueryString(path);
        if (query is not null)
        {
            url.Add("image", query.Image).Add("flavor", query.Flavor).Add("name", query.Name).Add("status", query.Status)
                .AddIso("changes-since", query.ChangesSince).Add("marker", query.Marker).Add("limit", query.Limit);
        }

        return _transport.SendAsync(
            Request(operation, HttpMethod.Get, url.ToString()),
            text =>
            {
                if (text.IsEmpty)
                {
                    return new V2ServerPage([], null);
                }

                var envelope = V2Json.Read<V2ServersEnvelope>(text, operation, e => e.Servers, "servers");
                return new V2ServerPage(envelope.Servers!, V2Json.NextMarker(envelope.Links));
            },
            cancellationToken);
    }

    private RackspaceRequest Request(string operation, HttpMethod method, string path, RequestBody? body = null) =>
        new(operation, method, path, body, MediaTypes.Json, _region);

    private static JsonObject CreateBody(V2ServerCreateRequest request)
    {
        var server = new JsonObject
        {
            ["name"] = request.Name,
            ["imageRef"] = request.ImageRef,
            ["flavorRef"] = request.FlavorRef,
        };
        if (request.Metadata.Count > 0)
        {
            server["metadata"] = V2Json.Strings(request.Metadata);
        }

        if (request.Networks.Count > 0)
        {
            server["networks"] = new JsonArray(request.Networks.Select(n => (JsonNode)new JsonObject { ["uuid"] = n }).ToArray());
        }

        if (request.Personality.Count > 0)
        {
            server["personality"] = new JsonArray(request.Personality
                .Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["contents"] = Convert.ToBase64String(f.Contents) })
                .ToArray());
        }

        if (request.UserData is not null)
        {
            server["user_data"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(request.UserData));
        }

        if (request.ConfigDrive is { } configDrive)
        {
            server["config_drive"] = configDrive;
        }

        if (request.DiskConfig is not null)
        {
            server["OS-DCF:diskConfig"] = request.DiskConfig;
        }

        if (request.KeyName is not null)
        {
            server["key_name"] = request.KeyName;
        }

        return server;
    }
}
