{#- The partition window of the run, from the vars `min_date`/`max_date` (inclusive). -#}
{% macro window_start() -%}
    cast('{{ var("min_date") }}' as date)
{%- endmacro %}

{% macro window_end() -%}
    cast('{{ var("max_date") }}' as date)
{%- endmacro %}

{#- A predicate: `column` lies in the partition window of the run. -#}
{% macro in_partition_window(column) -%}
    {{ column }} between {{ window_start() }} and {{ window_end() }}
{%- endmacro %}

{#- In an incremental run, keep only the rows of the partition window (a full build keeps all). -#}
{% macro where_in_incremental_window(column='partition_date') -%}
    {%- if is_incremental() %}
        where {{ in_partition_window(column) }}
    {%- endif %}
{%- endmacro %}

{#- The `incremental_predicates` of a per-article table: its rows in the partition window. -#}
{% macro partition_window_predicates() -%}
    {{ return(["partition_date between cast('" ~ var('min_date') ~ "' as date) and cast('" ~ var('max_date') ~ "' as date)"]) }}
{%- endmacro %}

{#- The `incremental_predicates` of an event fact: events reported in the window before this run. -#}
{% macro reported_in_window_predicates() -%}
    {{ return(["first_reported_date <= cast('" ~ var('max_date') ~ "' as date) and last_reported_date >= cast('" ~ var('min_date') ~ "' as date)"]) }}
{%- endmacro %}
