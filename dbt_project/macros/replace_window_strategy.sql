{#-
    Incremental strategy `replace_window`: in one statement batch (inside the model's
    transaction), delete the target rows whose `window_span` overlaps the run's window, or that
    match any of `incremental_predicates`, or whose `unique_key` arrives in the new rows; then
    insert the new rows. `window_span` is the column of a row's day, or the pair of columns of
    its first and last day; the window is read as the model runs (macros/partition_window.sql).

    * Per-article tables pass `window_span='partition_date'` and no key: a rerun of a partition
      replaces its rows, and rows of articles that vanished from the window are deleted too.
    * Event facts pass the key and their first and last reported days, which selects every
      event that had a mention in the window before this run: events whose last mention moved
      away disappear.
-#}
{% macro get_incremental_replace_window_sql(arg_dict) %}
    {%- set target = arg_dict['target_relation'] -%}
    {%- set source = arg_dict['temp_relation'] -%}
    {%- set unique_key = arg_dict['unique_key'] -%}
    {%- set predicates = arg_dict['incremental_predicates'] or [] -%}
    {%- set columns = get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')) -%}
    {%- set conditions = [] -%}
    {%- set span = config.get('window_span') -%}
    {%- if span -%}
        {%- set first_day, last_day = [span, span] if span is string else span -%}
        {%- do conditions.append(
            '(' ~ first_day ~ ' <= ' ~ window_end() ~ ' and ' ~ last_day ~ ' >= ' ~ window_start() ~ ')'
        ) -%}
    {%- endif -%}
    {%- for predicate in predicates -%}
        {%- do conditions.append('(' ~ predicate ~ ')') -%}
    {%- endfor -%}
    {%- if unique_key -%}
        {%- do conditions.append(unique_key ~ ' in (select ' ~ unique_key ~ ' from ' ~ source ~ ')') -%}
    {%- endif -%}
    {%- if not conditions -%}
        {{ exceptions.raise_compiler_error('replace_window needs a window_span, incremental_predicates or a unique_key') }}
    {%- endif %}
    delete from {{ target }}
    where {{ conditions | join('\n        or ') }};

    insert into {{ target }} ({{ columns }})
    select {{ columns }} from {{ source }}
{% endmacro %}
