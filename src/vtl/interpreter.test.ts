/**
 * Rendering semantics: Velocity 1.7 with API Gateway's null handling (`awsNulls`, the default)
 * and without it (stock Velocity), table-driven. Expected values come from the reference model.
 */
import { describe, expect, it } from 'vitest';
import { renderVelocity } from './index.js';
import { JList, JMap, int } from './java/values.js';

function vars(): Array<[string, import('./java/values.js').JValue]> {
  const m = new JMap();
  m.put('k', 'v');
  m.put('n', int(2));
  return [
    ['s', 'Hello'],
    ['n', int(7)],
    ['list', new JList('ArrayList', ['a', 'b', 'c'])],
    ['json', new JList('JSONArray', [int(1), m])],
    ['map', m],
  ];
}
const aws = (t: string): string => renderVelocity(t, vars());
const stock = (t: string): string => renderVelocity(t, vars(), { awsNulls: false });

describe('interpreter (API Gateway null handling)', () => {
  it.each([
    ['[$missing][$!missing][${missing}][$map.nope][$s.nope()]', '[][][][][]'],
    ["#if($missing == '')T#{else}F#end#if($missing != '')T#{else}F#end", 'TF'],
    ['#if($missing)T#{else}F#end', 'T'],
    ["#set($x = 'a')#set($x = $missing)[$x]", '[]'],
    ["#set($x = 'a')#set($x = 1 / 0)[$x]", '[a]'],
    // text between references is not arithmetic; a #set swallows the blank before it
    ['$n / 2|$n % 3|-7 / 2|#set($d = $n / 2.0)$d|#set($b = 2147483647 + 1)$b', '7 / 2|7 % 3|-7 / 2|3.5|2147483648'],
    ['#set($q = $n / 2)$q #set($q = -7 % 3)$q', '3-1'],
    ["#set($t = '5' + 1)$t #set($t = 1 + 'a')$t", '511a'],
    ['#if(1 == 1.0)y#end #if($n == "7")y#end #if(true == "true")y#end', 'y y y'],
    ['#if("literal")y#{else}n#end #if($s)y#end #if(0)y#{else}n#end', 'n y n'],
    ['$list $json $map $map.keySet() $map.entrySet()', '[a, b, c] [1,{"k":"v","n":2}] {k=v, n=2} [k, n] [k=v, n=2]'],
    ['$list.add("d")|$list.size()|$map.put("k", 1)|$map.put("z", 1)|$map.k', 'true|4|v||1'],
    ['$s.length() $s.substring(1, 3) $s.charAt(0) $s.replaceAll("l+", "[$0]") $s.split("l").size()', '5 el H He[ll]o 3'],
    ['$list[0]$list[-1] $map["k"] $s[0]', 'ac v '],
    ['#foreach($i in $list)$velocityCount$foreach.index$foreach.hasNext,#end', '10true,21true,32false,'],
    ['#foreach($v in $map)$v;#end#foreach($i in [3..1])$i#end', 'v;2;321'],
    ['#foreach($i in [1..5])#if($i == 3)#break#end$i#end', '12'],
    ['a#stop b', 'a'],
    ['#macro(m $a)<$a>#end#m("x")#m()#m($s $n)', '<x><><Hello>'],
    ['#macro(inc)#set($c = $c + 1)#end#set($c = 0)#inc()#inc()$c', '2'],
    ['#define($blk)[$s]#end#set($s = "B")$blk', '[B]'],
    ['\\$s \\$missing', '$s $missing'],
  ])('%j', (t, expected) => {
    expect(aws(t)).toBe(expected);
  });
});

describe('interpreter (stock Velocity 1.7)', () => {
  it.each([
    ['[$missing][$!missing][${missing}][$map.nope]', '[$missing][][${missing}][$map.nope]'],
    ["#if($missing == '')T#{else}F#end#if($missing)T#{else}F#end", 'FF'],
    ["#set($x = 'a')#set($x = $missing)[$x]", '[a]'],
    ['\\$missing', '\\$missing'],
  ])('%j', (t, expected) => {
    expect(stock(t)).toBe(expected);
  });
});

describe('sandbox', () => {
  it.each(['$s.class', '$s.getClass()', '$map.constructor', '$s.constructor.name',  '$list.get("constructor")', '$map.toString.call()', '$s.valueOf()'])(
    '%s reaches nothing of the host',
    (t) => {
      expect(aws(t)).toBe('');
    },
  );
});
