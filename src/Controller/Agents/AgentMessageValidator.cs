using Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Agents;

/// <summary>Checks the shape of every field of every message against cloud.proto's documented limits.</summary>
/// <remarks>Field paths follow the proto names ("load.players", "post.key.primary") so a caller can fix its message.</remarks>
internal static class AgentMessageValidator
{
    public static void ValidateHello(Hello hello, Violations violations)
    {
        ServerId(hello.ServerId, "hello.server_id", violations);
        Fleet(hello.Fleet, "hello.fleet", violations, required: true);
        if (hello.Capacity < 1 || hello.Capacity > ProtocolLimits.MaxCapacity)
        {
            violations.Add("hello.capacity", $"must be between 1 and {ProtocolLimits.MaxCapacity}, was {hello.Capacity}");
        }

        if (hello.AgentVersion.Length > ProtocolLimits.MaxAgentVersionLength)
        {
            violations.Add("hello.agent_version", $"must be at most {ProtocolLimits.MaxAgentVersionLength} chars, was {hello.AgentVersion.Length}");
        }

        // The token's content is never echoed: only its length is named.
        if (hello.Token.Length == 0 || hello.Token.Length > ProtocolLimits.MaxTokenLength)
        {
            violations.Add("hello.token", $"must be 1-{ProtocolLimits.MaxTokenLength} chars, was {hello.Token.Length}");
        }
    }

    public static void ValidateLoad(LoadReport load, Violations violations)
    {
        if (load.Capacity < 1 || load.Capacity > ProtocolLimits.MaxCapacity)
        {
            violations.Add("load.capacity", $"must be between 1 and {ProtocolLimits.MaxCapacity}, was {load.Capacity}");
        }

        if (load.Players < 0)
        {
            violations.Add("load.players", $"must not be negative, was {load.Players}");
        }
        else if (load.Capacity >= 1 && load.Players > load.Capacity)
        {
            violations.Add("load.players", $"must not exceed load.capacity ({load.Capacity}), was {load.Players}");
        }

        if (load.State is not (ServerState.Starting or ServerState.Ready or ServerState.Draining))
        {
            violations.Add("load.state", $"must be STARTING, READY or DRAINING, was {load.State}");
        }

        if (load.Sequence == 0)
        {
            violations.Add("load.sequence", "must be 1 or more");
        }

        if (load.Metrics.Count > ProtocolLimits.MaxMetrics)
        {
            violations.Add("load.metrics", $"must have at most {ProtocolLimits.MaxMetrics} entries, had {load.Metrics.Count}");
        }

        // Counted before enumerating: most reports carry no metrics, and a map's enumerator is an allocation.
        if (load.Metrics.Count > 0)
        {
            foreach (var (name, value) in load.Metrics)
            {
                if (name.Length == 0 || name.Length > ProtocolLimits.MaxMetricNameLength || !AllChars(name, ProtocolLimits.IsMetricNameChar))
                {
                    violations.Add("load.metrics", $"metric names must be 1-{ProtocolLimits.MaxMetricNameLength} chars of [A-Za-z0-9._-]");
                }
                else if (!double.IsFinite(value))
                {
                    violations.Add($"load.metrics[{name}]", "must be a finite number");
                }
            }
        }

        if (load.ObservedAt is { } observed && (observed.Nanos < 0 || observed.Nanos > 999_999_999 || observed.Seconds < -62_135_596_800 || observed.Seconds > 253_402_300_799))
        {
            violations.Add("load.observed_at", "must be a valid timestamp");
        }
    }

    public static void ValidatePost(Post post, int maxValueBytes, Violations violations)
    {
        AgentKey(post.Key, "post.key", violations);
        if (post.Value.Length > maxValueBytes)
        {
            violations.Add("post.value", $"must be at most {maxValueBytes} bytes, was {post.Value.Length}");
        }
    }

    public static void ValidateRelease(Release release, Violations violations)
    {
        if (release.Keys.Count == 0 || release.Keys.Count > ProtocolLimits.MaxKeysPerRelease)
        {
            violations.Add("release.keys", $"must hold 1-{ProtocolLimits.MaxKeysPerRelease} keys, had {release.Keys.Count}");
        }

        for (var i = 0; i < release.Keys.Count && i < ProtocolLimits.MaxKeysPerRelease; i++)
        {
            AgentKey(release.Keys[i], $"release.keys[{i}]", violations);
        }
    }

    public static void ValidateGet(GetRequest request, int maxRowsPerGet, Violations violations)
    {
        Query(request.Keys, request.Fleet, request.ServerIds, violations);
        if (!Enum.IsDefined(request.Order))
        {
            violations.Add("order", $"must be a defined LoadOrder, was {(int)request.Order}");
        }

        if (request.MaxRows > maxRowsPerGet)
        {
            violations.Add("max_rows", $"must be at most {maxRowsPerGet}, was {request.MaxRows}");
        }
    }

    public static void ValidateSubscribe(SubscribeRequest request, Violations violations) =>
        Query(request.Keys, request.Fleet, request.ServerIds, violations);

    private static void Query(IReadOnlyList<CloudKey> keys, string fleet, IReadOnlyList<string> serverIds, Violations violations)
    {
        if (keys.Count == 0 || keys.Count > ProtocolLimits.MaxKeysPerQuery)
        {
            violations.Add("keys", $"must hold 1-{ProtocolLimits.MaxKeysPerQuery} keys, had {keys.Count}");
        }

        for (var i = 0; i < keys.Count && i < ProtocolLimits.MaxKeysPerQuery; i++)
        {
            KeyShape(keys[i], $"keys[{i}]", violations);
        }

        Fleet(fleet, "fleet", violations, required: false);
        if (serverIds.Count > ProtocolLimits.MaxServerIdsPerQuery)
        {
            violations.Add("server_ids", $"must hold at most {ProtocolLimits.MaxServerIdsPerQuery} ids, had {serverIds.Count}");
        }

        for (var i = 0; i < serverIds.Count && i < ProtocolLimits.MaxServerIdsPerQuery; i++)
        {
            ServerId(serverIds[i], $"server_ids[{i}]", violations);
        }
    }

    private static void AgentKey(CloudKey? key, string field, Violations violations)
    {
        if (KeyShape(key, field, violations) && key!.Primary.StartsWith(ProtocolLimits.ReservedPrefix, StringComparison.Ordinal))
        {
            violations.Add($"{field}.primary", $"keys starting with \"{ProtocolLimits.ReservedPrefix}\" are reserved for the controller");
        }
    }

    private static bool KeyShape(CloudKey? key, string field, Violations violations)
    {
        if (key is null)
        {
            violations.Add(field, "is required");
            return false;
        }

        var primary = key.Primary;
        if (primary.Length == 0 || primary.Length > ProtocolLimits.MaxPrimaryKeyLength || !primary.All(ProtocolLimits.IsPrimaryKeyChar))
        {
            violations.Add($"{field}.primary", $"must be 1-{ProtocolLimits.MaxPrimaryKeyLength} chars of [A-Za-z0-9._:/-], was {primary.Length} chars");
            return false;
        }

        return true;
    }

    private static bool AllChars(string value, Func<char, bool> allowed)
    {
        foreach (var c in value)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void ServerId(string value, string field, Violations violations)
    {
        if (value.Length == 0 || value.Length > ProtocolLimits.MaxServerIdLength || !value.All(ProtocolLimits.IsServerIdChar))
        {
            violations.Add(field, $"must be 1-{ProtocolLimits.MaxServerIdLength} chars of [A-Za-z0-9._:-]");
        }
    }

    private static void Fleet(string value, string field, Violations violations, bool required)
    {
        if (value.Length == 0 && !required)
        {
            return;
        }

        if (value.Length == 0 || value.Length > ProtocolLimits.MaxFleetLength || !value.All(ProtocolLimits.IsFleetChar))
        {
            violations.Add(field, $"must be 1-{ProtocolLimits.MaxFleetLength} chars of [a-z0-9-]");
        }
    }
}
