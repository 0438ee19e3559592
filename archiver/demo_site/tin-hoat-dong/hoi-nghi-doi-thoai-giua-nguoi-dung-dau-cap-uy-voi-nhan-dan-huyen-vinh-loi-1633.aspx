<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi
</title><link rel="canonical" href="/tin-hoat-dong/hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass8081AC855520464682BD804BCB048A98 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="hoi-nghi-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-huyen-vinh-loi-1633.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xBCE0EEC4B97142F2418A805218B2E853C46FE5C1A38255DCBF2E9E8CE738F8DBAA9EEBEDC9D6FA829EA8926F3594FE7095C280BB2776E433161C1556E7C68369,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEy4JVgIbA0rCa3O59gwFNI3zX9/T3LLpe9Tv9Xh2fBaM+YQt3AsO+qDVGfMJzeko4qb/NvbC5vL3+RrbU6xRobVI03Ah6/N0tgS1/mGQfC6roNlUNVRp9c/3Tg3qu2v8pzRa9J2G/vFOSVbsZhJGzDNlP7OUQvf0B2Z3MMkDB0wPTRNvuSZZXFs8x3z17s/P0+ErlH+LwAE5kbY3o3dOQT7u/T0rCSaqvzCV+FlWTNa/kSrWHpQgVpe9//sIRPtomtqfYkA1AHPaDjSooqL2WBu+nEVNprtIL0O1QSb3kMrMDsIiv8ji6oPNAcED/iYkRCHJ9OcRy12IKpeMCoIapynxWrkZz5zMh/BrIBX09chKtoNyfVxODjtdLKzJqLjvl/aIn7Aru9+y7ljY5+HaVHDeZEPyA8zDMwdDcdxa4G+mnvoaOXOQUuBxSeDcU/JwY+qeR3JsijGcOVPIo0q3UGWhXm91RuZGuS05LXVGI0hHkMvsgUuZPUdgKUVdgcLNcjSFrAzC0WwkyPm352QBNGGDqiiV3s7/RDdep3AkmtARXnYkTSZecan/350hWqijO3BNmb25HspekO4jjuXDvUI+xpJ6mzYwFEsber+qX6iG06h9cAbNRdhITZiXJOFpqRA9wowb9DnuVFdMprWPEoyG620JYAocATjjZ4VwEtLTqh1XTmQhhTZQiT3AmoU5fkVsmKv0aVstHFtPN0iEcCrLXgQVpRURC7n2D+KN5OZ65wYzLIm9SulKKXIu5BtbMx7WrVJlsXXLbKCz5QI4F1gwzbNfDZWnIzsdVCZARe0Z/5+w+3nM3ocxgI6nmQOh9roTxSYXqmHkwxqX83EC+M1bPiFyqyFKUgboqErnGOrCfjIjwrQLSIHb05ddv75j9SK42T5b8CCJdo9Xj4uRw9/SzUWFBP/FcI7J7zdAH7SqaxbPseywhww7rPcHX2jaXPTNESX2C+KcMKPW+xPCBblk1GbaKvIuukEIeBEBrk0QqJ4TkKTddCaVjaVcYFe0TcJj142G76ADHop8W07KSO8JJwdbjnc4i8wEDUQf2tAKnSlOHyW7Jxfi/hqkLpyXX9c1mrx7BROVvQF4VVFnzyU2E3y7pOwoX89bwjFzuyzGOLpX4D3icz8jt6WE20UUQiDmGhEQ4T9XrN2HeOdYOVEFeerCwcVmbd+y5UcJPkCG6o0hU/DwBrqbmQoST5K80j17Tjiccw5410GIM9K9u8dweVNdjw8+2eqUxxsdkg/KbtpvD1xBUK+KwAkkHGTJq7Bg9KQSSsjqStFXnuMJuv0HRFzFFaxntgmjiQAWxBzp9KC9/TJhjg4bzjQXCJTfhrqij09HTYLHn+4nMpFr/C7/rpDKdpqpyew1dzhAnuP5IFaq1fV1oIqxJhn99QFS/z9FuVw/aGebQUhnhHGp5qvPQQkrRsN6Kf+bBEA2RzGvvnVd2AsKochIfQqou2N18QXgqF2UuINtD1ywd61TMfzOvXj/vsdhjb9U1k0N6XIUIl6YaQqlwZaxJCc2W20cmeMKNCwn79FlI7jr5KrmzJy5+aoprGZ9X2xNWsaXII58g/Rq0WJH/oduILpz701h8m51TYFnFJk5mkswX76EAHVZUDKg17QNiLJv++fz/+NLaqdsBQKj3xeQd4/LLeM7wXIbLAS8FH92PElwix3j+vE2o8kv0nLH1IMFW80W+Ro0m8LteLUGnwwj1acBew2acqw74gcCkwTOxx6sIvt8NyLSHODjtCUiog8Ruj4vxzOiWVdWauNBqC7qXtzuzo2RSIDvYinFrGxLMQsCfXOOaDuNoHv5ORiCqr6a6YdJJp4FEXU2+UD9B+7cpVPcONrh8h5hIDZih27PIST3ZWL3NThKCkb5GGPSSrSZc7ZA5tZaw3g79h4vSO5Mnd15/r4VkKRh9D+keWE0eUT7wn34E7h7IHha0YGeagQeYejGMj5FSod4EvXhNOuFDrR6S8AD2fnCA70k1i7WQEdwxmQbgr/xeRqIt3m++3elVZvIufuzFnlbhUA9XvSZ4qbhJKNU+kqaINi14MbJa5JH4qXyx5sar4oj3l2abkCCRtjrFFYz5yYVG6dPqsU82iqoIYQGxNZGehqHCfaCRjRWFXf2yJGekEvP4KIpsPJFzbS0oVqchENkO3eWPLTdb/wUmToboWOIpZNPwnBcgBJCyXCPibGQf70mv3Cr4DZQpkYExnH0tLcSU2GEBTpFYVrsgz/keStsewzjF9DsIYiQdkVHsypfB0jIqp8jzucm5DBVvpu72T+hFw7gGHf6fzOHber/9tJtISw4KN+dIOdXuBD8UYF4/KltIF5DfgiZCT+vePzarsCrX9CyKM2Y/p8i45wqoLBLR4QcgcqW0y9sHaqu3urmm6UnHDaDT3t5/W1XUpx5oI1jIQCjLoFLdNVI4klGmuiqvLAlIgxgwJsmW87ri5fk9L6XJwq65iN6zZ7MBc8kvbl6Jn9b46BssNNUIumGW+vpPsp9kcbVk4iIJegO92lYt6DgzntOIBD6CP0A6xwebsqhs/CJSfBtjXvAXpOKk0dEBTlxeT+SXGj+MkGINInwObbA8TjgyTw0MWYZj0mMIALsK8zFIPfTxK/7AsYImR8cYc+DYnvGw5JqhwSN3D57sjwZu8eM5u910QKnvsiAq+/XJF+zb6pztZ65tp+T2M/m4kYqH2Dw6bbDdYfhuVZOf+AlyGuKlXu4Yvqm5wPEmDGX1UmdG5tRt1JdpKJ6eeTO7fa8zJUja7pSIP1UeR2f1f8dgUdNXSS9RM6LIcF2iW4I07PbfjAv0gCIHV43spKeKupzU1Xck5+2+kPPon05uwDG5nEg2hWNGKN2mUmxn6esG0SaafyaRKR5MkgnZi7ax0OGO4hGkFXW3J76WoceoZwzGoRFCLJeECyk7MB5IDNWhteoB0V00Z69Ou9N5vUYnMHNHDwj1IYceSu9U8XXtpYPuXZcaZZJybV1KZUeno8wC9MLJaL6yD2JuKplNLknMl2/nYrGLCSGBl7AGVNunDSQPp4EMGaTNILI69doSAGrWzKnAGq8ycu9hxwr7c3K5BXi0qg7vdJZH1iAe/KnMDXv5QP9Nai3FzyPgtRNdly7YvK+/ACbQ4jojBhmiBm5DKo1dFawRSD+K8vJ8z+VSu7Xysk1lUvQef188cAPvF9wNOhU8iDdzyG37cG/bDCFVO0e3x7XfE96AftsAr3xGx5KlCTkpmtNdLxzRtc09MwHR3OlhuREiOT7aaVqij9auB03Y8iH/ng20KqHJpfUxkIgG3bjNO9mb11bi/7gpnFnJPHnaWPg6Haruq9gVbjgO2mAWuxWtBElTTvviuuHBeyXmZhWNZ2H50uPMIMAaXUxj25LJltiH12h5ZhnTyu//rHxQbz+vhrK4H2RRG66KNhxzyrYmQhGYPxrYslNN6xtzAQRnDXvVI8GlAx/MLWp/N8rM6y507aK16B7vnrNQvWjgir7nNvp0sFHcYctK+6goYOpMnHjfytqmkl4Gl2KGN8AChPCBWfi/hYbLrZWCzmi6ZSjVYjVr9xkT4msrdH5ihauH52FnO1irLl5pmFs1tCgvExSlizK0YI+LmOyjGiaHbYFS0Bp5Fr3HBbOGTrz+2k9zUYKedIrMdPx1ttM5HW8JAtD1lGJIWgha4/TCAgCWOeQS5ULEw5sMmw3dhHZD4Q8zIF95rDzJSF4O1irmelRzOOZICP4Mfo5ABZ/pdK79cBNXGUeAIV4T3aNfn8NX3q/eWpO0UhlhkGre2RlTSg0HB86ZV6Xwnt/hmsUsV0heopzSXjy2eqO1Khuwxxm/FhamyxKXQwJ7ffykhbEgtTGKoffXiGDisHe1ZnpTyovvdXZeSZEsmZ776WjbX/nhPQ8VmqozPkGBMQbEjXkLy6YMFaJ2SX7vHisMhWIaxiNQvN8cHOhdhltIhNLTdSIqbQaoG0WIpDC4WIsWo2QwCz81D6Fh9c3NYkMTGiZAoB4UoT6KIBmBJh3Nezy+c4WlnQAg/bKVomAE7FIAytzXkUuIu6jkyY8W8FGJoeHt87a8r4Lo3GV/HCpWE3oXXwS8f/RfPaoj1a7ZB9MY2kdv1QJJwM8b+NCJXQc9Jz+4Nlii5VtK3HW/SfqEcGpmmRWD2tG64Ob8U2fmToW7VQ1poXgAOroQjCYT2qTPfxiSgY9n6NAyuaU9fORPKAQXEnUrtVpb6xRTKndcAqagS5NSM/m4n527kz3MO3vIVy5tITFlxeETKsI7rhkaaKDoOc5ikD3lL30rAm08F5L5eszCUknzeccDBJvn3N0hoVf2FJ4LFQjeSx9Zx1Ujk8T77V4KSQYw0YWwDy3GGEa5FKE2Hbw+1Ee7qkpecjH3z5rRJm1qcEXlqwQ2oa60LsozxlUZbVtD7ULEK0/V3ny/Gc0AYqF/HjjXBHPa+PpOvHphAyNFBlMTDpmD8Fj2VVfqjX1cWhpaJLkjsShkjKPGgrJb+UgiVovuINtWOUDSmIWKjf5P482ezsvUHWQt/4IcOVipu7ZbWVd7gCKVgc+RhJ0C3VcqZYvL6IWkZFQZOyolablYfO5JCAgSaAFm/GoiqHnnnnFMzo8uS9sbSWHMbQcULsDtD9geuFB/zgv669i/mY22CfkntnUjDIjLuF1C9tOHGMzsDMAzEZPELp2s9IpYhr/oFbYjAxgaLGAfOsfttMaE1D8ERxUmXr3UjGAzhBh9sl7pK41ErrS3LEhfKrLNEPnrqmxLcGtrheXxaoso+n5nVdzR/YTkn1H8gvvbFPR+Clni4GgsX8duj/RQGDcz5MKhs1Zje3K7jG97gqIJJE1ZYqpd3IwjWDm3BJAkSKHigIacb5NmQCt4EkySFiekDM5Gul4RMvwKCv3ozZKGYyEXzFdPmpKp4g0B5JDyPQNEKMhmnIIl6Id9KpC5aVmxxd+7qNTitCdQb3nDGHuQlF6jZ3oaaxJ1KTDGI9/yPU9RTDWspA9uXM1AIRdhqIOTBi3lQjG0VxwOVQVa45MdAOETmT8bF5wlbfUtanThw/EdvnI5j9k9v65vKjuR1s73vBpUKk4ohiOaj2fJYU3sERE+bUyr+JmCNlohl10mle43Rr1jZEMMpaLAINCOUItneP9PsMpaBoLsTHpPw8qdyIDsOelLqsYQKg4dxBRjJihpnY9mRav/3PHEA7g+JxVTJJR9h0Rn1Pb0EOpuoc4H8XJ9O5OKdr7T2J68Gvnvlvvo2e4cdfHeFXcLg7bQ7MzMunW3ki+ssqfWE75jeYi7Ihd5MOIYQ7sAvqwAaUYf/9zBJwV9aDmxJJuQm/oFNIo5cSnNytjjNGMkPX0Le3kNfkEuFlXpgkrgga3nTEkmNe/MWI0VNV14sQUX4DtvnB0zcFKU555VX3LuZwcHZ/MjkQd7A5AYQljw+fveUzVCp1Hwurzy/TeW8jzJCYMl/IL8QJXKVMX56hCYLKYAcYjVQPv4/SnrL0xTRCHXC6tuB5rWfA+ybyGBr1hKSyx0GAI9wT9N0ogyvnsnXFZxJgRZiXk1N0Da3aBO8E6sIDeQMISIc4GBFePtA+pxaF0YX5t/E49ZyK8L9bm/HAenN4vYwZHvKfOkKClRVz7q/pUl3TVrji8MKSZPT4u+fuPAOGRvpozdRzAS5YmvCNVgOHGAPZWBxi4tahSzp5VFqe5oBm6O2zJur1FhqXtWP+HGPDHgKnaLGN62s/dFNU8We2W1Kj4MAiuJ08WTtkMPMIe8LSYQ3EfvQ9Sl61EazeUroNYcBO3o7ju5mbRX6sMO2d4Q8BKy8jYAuetv1I/BfPoFzZNmSX52AGWx/5Br6hLEWdTQ+E1VUFvX9Zyotvrm98J1blHT4dY/fMQsRMXeKs9Sez6PwbmAU+zvkNF2I1YZmLnHhySn7UQlwX/L0qdSWN7rWhCPqS/0O+6pBs8q/blqklMXBReDyU94zcXbGFEeQ0S0a4UAdNE+3MKFJz1FOi3fuyHnMYqGKS/4FDUIMJAs8SRs107HG4W1VfGhG1gXtElsfmmQ+6QbM87njUCXce15MFETB7MvejNigr/wQZcWyoE3BS1BjB4vcL+p0nYXHuTbs8pKeq5J3T7X68dme6X+4Y/RNDhvuEBU2vGhSe9ZlUvhBzPQsw==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{3ad71c5f-6710-4ae5-b8dc-f703f15722b5}",pageItemId:752, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_e1cfb69e_4ab2_493c_b59a_48480011f514">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_fa3f5cec_6364_4691_9203_da975aaded6e">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">36</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">389</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.570.289</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_1dbdf2e8_3c74_435a_9f6a_8d2fc30f2075">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_1dbdf2e8_3c74_435a_9f6a_8d2fc30f2075_lblDate">Thứ tư, 15/07/2020, 09:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân huyện Vĩnh Lợi</h2>
		<div class="post-content">
<div class="ExternalClass8081AC855520464682BD804BCB048A98"><div style="text-align: justify;">Ban Thường trực Ủy ban MTTQ Việt Nam huyện Vĩnh Lợi phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân năm 2020.</div>
<div style="text-align: justify;">Tại hội nghị, 15 ý kiến của người dân tập trung vào các vấn đề đất đai, giao thông nông thôn, vệ sinh môi trường và chính sách an sinh xã hội.</div>
<div style="text-align: justify;">Các ý kiến đã được lãnh đạo huyện trả lời, giải đáp trực tiếp; những nội dung vượt thẩm quyền được ghi nhận để kiến nghị cấp trên.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_1dbdf2e8_3c74_435a_9f6a_8d2fc30f2075_lblView">205</span></div>
		<div class="post-author" id="ctl00_m_g_1dbdf2e8_3c74_435a_9f6a_8d2fc30f2075_lblAuthor">Minh Tuấn</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/tap-huan-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-1624.aspx">Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở</a> <span class="date">(24/06/2020)</span></li>
<li><a href="/tin-hoat-dong/so-ket-6-thang-thuc-hien-cuoc-van-dong-nguoi-viet-nam-uu-tien-dung-hang-viet-nam-1611.aspx">Sơ kết 6 tháng thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”</a> <span class="date">()</span></li>
<li><a href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</a> <span class="date">(27/05/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</a> <span class="date">(20/05/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</a> <span class="date">(06/05/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001640-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQL7NXuUvK46nQMwc+uEpfjZJvhDfNP2C/yzpFBO1O4XUObslPALKir0qMfiO8EYPEZxvWr+YgQiYE/sZ5GrIkv5x4eYPhUgdwz6fghh/taDkjE2r+9p/8+1J1x" />
</form>
</body>
</html>
