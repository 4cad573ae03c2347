using Google.Rpc;
using Grpc.Core;

namespace Autoscaler.Controller.Agents;

/// <summary>Collects every field violation of one message, so the caller learns all its problems at once.</summary>
internal sealed class Violations
{
    // Created at the first violation: most messages have none, and this runs for every message of every stream.
    private List<BadRequest.Types.FieldViolation>? _items;

    public bool IsEmpty => _items is null;

    public void Add(string field, string description) =>
        (_items ??= []).Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    /// <summary>Throws InvalidArgument with BadRequest details when anything was collected.</summary>
    public void ThrowIfAny()
    {
        if (_items is not null)
        {
            throw ToException();
        }
    }

    public RpcException ToException() => ProtocolErrors.InvalidArgument(_items ?? []);
}
