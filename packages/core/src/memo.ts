/**
 * `f`, computed once per object it is given (and kept only while that object lives): a
 * dataset and the map's world geometry are immutable once loaded, so what is derived from
 * them is derived once.
 */
export function perObject<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}
