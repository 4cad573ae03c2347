using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator;

/// <summary>Server metadata CRUD (v2).</summary>
public sealed partial class CloudModel
{
    internal IReadOnlyDictionary<string, string> GetMetadata(TenantContext ctx, string serverId)
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(Find(ctx, serverId).Metadata, StringComparer.Ordinal);
        }
    }

    /// <summary>PUT replaces all metadata; POST (<paramref name="merge"/>) adds or overwrites the given keys.</summary>
    internal IReadOnlyDictionary<string, string> SetMetadata(TenantContext ctx, string serverId, IReadOnlyDictionary<string, string> metadata, bool merge)
    {
        lock (_gate)
        {
            var server = Find(ctx, serverId);
            var result = merge ? new Dictionary<string, string>(server.Metadata, StringComparer.Ordinal) : new(StringComparer.Ordinal);
            foreach (var (key, value) in metadata)
            {
                result[key] = value;
            }

            CheckMetadataLimit(ctx, result.Count);
            server.Metadata = result;
            server.Updated = _time.GetUtcNow();
            return new Dictionary<string, string>(result, StringComparer.Ordinal);
        }
    }

    internal string GetMetadataItem(TenantContext ctx, string serverId, string key)
    {
        lock (_gate)
        {
            return Find(ctx, serverId).Metadata.TryGetValue(key, out var value)
                ? value
                : throw Fault(CloudFault.ItemNotFound("Metadata item was not found"));
        }
    }

    internal void SetMetadataItem(TenantContext ctx, string serverId, string key, string value)
    {
        lock (_gate)
        {
            var server = Find(ctx, serverId);
            if (!server.Metadata.ContainsKey(key))
            {
                CheckMetadataLimit(ctx, server.Metadata.Count + 1);
            }

            server.Metadata[key] = value;
            server.Updated = _time.GetUtcNow();
        }
    }

    internal void DeleteMetadataItem(TenantContext ctx, string serverId, string key)
    {
        lock (_gate)
        {
            var server = Find(ctx, serverId);
            if (!server.Metadata.Remove(key))
            {
                throw Fault(CloudFault.ItemNotFound("Metadata item was not found"));
            }

            server.Updated = _time.GetUtcNow();
        }
    }
}
