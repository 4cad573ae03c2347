using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 shared IP groups: list, list with details, create, get, delete.</summary>
public sealed class V1SharedIpGroups
{
    private readonly V1Channel _channel;

    internal V1SharedIpGroups(V1Channel channel) => _channel = channel;

    /// <summary>GET /shared_ip_groups (ListSharedIPGroups).</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1SharedIpGroup>>> ListAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListSharedIPGroups", HttpMethod.Get, V1Channel.ListPath("shared_ip_groups", query), null, V1Reader.SharedIpGroups, cancellationToken);

    /// <summary>GET /shared_ip_groups/detail (ListSharedIPGroupsWithDetails).</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1SharedIpGroup>>> ListDetailAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListSharedIPGroupsWithDetails", HttpMethod.Get, V1Channel.ListPath("shared_ip_groups/detail", query), null,
            V1Reader.SharedIpGroups, cancellationToken);

    /// <summary>POST /shared_ip_groups {name, server?} (CreateSharedIPGroup, 201).</summary>
    public Task<RackspaceResponse<V1SharedIpGroup>> CreateAsync(string name, int? serverId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _channel.SendAsync("CreateSharedIPGroup", HttpMethod.Post, "shared_ip_groups", V1Documents.CreateSharedIpGroup(name, serverId),
            V1Reader.SharedIpGroup, cancellationToken);
    }

    /// <summary>GET /shared_ip_groups/{id} (GetSharedIPGroupDetails).</summary>
    public Task<RackspaceResponse<V1SharedIpGroup>> GetAsync(int groupId, CancellationToken cancellationToken) =>
        _channel.SendAsync("GetSharedIPGroupDetails", HttpMethod.Get, $"shared_ip_groups/{V1Channel.Id(groupId)}", null, V1Reader.SharedIpGroup, cancellationToken);

    /// <summary>DELETE /shared_ip_groups/{id} (DeleteSharedIPGroup, 204).</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(int groupId, CancellationToken cancellationToken) =>
        _channel.SendAsync("DeleteSharedIPGroup", HttpMethod.Delete, $"shared_ip_groups/{V1Channel.Id(groupId)}", null, cancellationToken);
}
